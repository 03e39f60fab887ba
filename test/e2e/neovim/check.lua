-- Headless Neovim 0.7 as a client of the Claim Coding language server, configured the
-- way a user would (vim.lsp.start_client + vim.lsp.buf_attach_client). It opens one
-- claim, waits for the diagnostics the server pushes, asks for a hover, writes what
-- it saw as JSON to $CLAIM_OUT and quits. The node:test file beside it judges.
local env = {
  node = os.getenv('CLAIM_NODE'),
  server = os.getenv('CLAIM_SERVER'),
  file = os.getenv('CLAIM_FILE'),
  hover_line = tonumber(os.getenv('CLAIM_HOVER_LINE')), -- 0-based, as LSP counts
  hover_character = tonumber(os.getenv('CLAIM_HOVER_CHARACTER')),
  out = os.getenv('CLAIM_OUT'),
}
local WAIT_MS = 30000

local seen = { pushes = 0, diagnostics = {}, hover = vim.NIL, errors = {} }

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(env.file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'claim'

  local client_id = vim.lsp.start_client({
    name = 'claim-coding',
    cmd = { env.node, env.server, '--stdio' },
    root_dir = vim.fn.fnamemodify(env.file, ':p:h'),
    settings = { claimCoding = {} },
    handlers = {
      -- Counts the pushes, then lets Neovim's own handler store them.
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        seen.pushes = seen.pushes + 1
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
    on_exit = function(code)
      if code ~= 0 then
        table.insert(seen.errors, 'server exited with ' .. code)
      end
    end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')

  local arrived = vim.wait(WAIT_MS, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 50)
  if not arrived then
    table.insert(seen.errors, 'no diagnostics within ' .. WAIT_MS .. ' ms')
  end
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(seen.diagnostics, {
      line = d.lnum,
      severity = d.severity,
      message = d.message,
      code = lsp.code or d.code or vim.NIL,
      source = d.source or vim.NIL,
    })
  end

  local client = vim.lsp.get_client_by_id(client_id)
  local response = client.request_sync('textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = env.hover_line, character = env.hover_character },
  }, WAIT_MS, bufnr)
  if response and response.result then
    local contents = response.result.contents
    seen.hover = type(contents) == 'table' and (contents.value or contents) or contents
  elseif response and response.err then
    table.insert(seen.errors, 'hover failed: ' .. vim.inspect(response.err))
  else
    table.insert(seen.errors, 'hover got no answer')
  end
  client.stop()
end

local ok, err = pcall(run)
if not ok then
  table.insert(seen.errors, tostring(err))
end
local out = assert(io.open(env.out, 'w'))
out:write(vim.fn.json_encode(seen))
out:close()
vim.cmd('qall!')
