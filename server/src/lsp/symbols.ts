/**
 * Document symbols (outline and breadcrumbs): the engine's claim outline as
 * LSP `DocumentSymbol`s, with a symbol kind per part of the claim.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { ClaimSymbol, ClaimSymbolKind } from '../engine/features/symbols';
import type { ClaimEngine } from '../engine/index';

/** Kinds chosen for their icons: a claim is a container, a diagnosis a named constant. */
const KINDS: Record<ClaimSymbolKind, SymbolKind> = {
  claim: SymbolKind.Module,
  header: SymbolKind.Property,
  diagnosis: SymbolKind.Constant,
  'service-line': SymbolKind.Event,
  note: SymbolKind.String,
  'documentation-element': SymbolKind.Field,
};

export function documentSymbols(engine: ClaimEngine, text: string): DocumentSymbol[] {
  return engine.symbols(text).map(toDocumentSymbol);
}

function toDocumentSymbol(symbol: ClaimSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: KINDS[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
}
