;;; check.el --- Emacs + eglot as a client of the Claim Coding server -*- lexical-binding: t -*-

;; Run with `emacs -q --batch -l check.el' (-q, not -Q: Debian's site-start makes the
;; elpa-eglot package loadable). It opens one claim with eglot configured as a user
;; would, waits for the diagnostics the server pushes, asks for a hover, writes what
;; it saw as JSON to $CLAIM_OUT and exits. The node:test file beside it judges.

(require 'eglot)
(require 'json)

(define-derived-mode claim-mode prog-mode "Claim"
  "Major mode for medical claims in the Claim Coding markup.")
(add-to-list 'auto-mode-alist '("\\.claim\\'" . claim-mode))
(add-to-list 'eglot-server-programs
             `(claim-mode . (,(getenv "CLAIM_NODE") ,(getenv "CLAIM_SERVER") "--stdio")))
(setq-default eglot-workspace-configuration '((:claimCoding . (:defaultPayer ""))))

(defconst claim-check-wait 30 "Seconds to wait for each state.")
(defvar claim-check-pushes 0 "How many textDocument/publishDiagnostics arrived.")
(defvar claim-check-pushed nil "The rule names (codes) of the last pushed diagnostics.")
(defvar claim-check-errors nil)

;; Counts the pushes and keeps their rule names, before eglot hands them to flymake.
(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key diagnostics &allow-other-keys)
  (setq claim-check-pushes (1+ claim-check-pushes))
  (setq claim-check-pushed
        (mapcar (lambda (d) (format "%s" (plist-get d :code))) diagnostics)))

(defun claim-check-wait-for (what predicate)
  "Process events until PREDICATE holds; record WHAT as an error on time-out."
  (let ((deadline (+ (float-time) claim-check-wait)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (or (funcall predicate)
        (progn (push (format "no %s within %ss" what claim-check-wait) claim-check-errors)
               nil))))

(defun claim-check-run ()
  (find-file (getenv "CLAIM_FILE"))
  (apply #'eglot (eglot--guess-contact))
  (claim-check-wait-for "eglot connection" #'eglot-current-server)
  (claim-check-wait-for "pushed diagnostics" (lambda () (> claim-check-pushes 0)))
  ;; Flymake shows eglot's diagnostics; batch mode has no command loop to start it.
  (flymake-start)
  (claim-check-wait-for "flymake diagnostics" (lambda () (flymake-diagnostics)))
  (goto-char (point-min))
  (forward-line (string-to-number (getenv "CLAIM_HOVER_LINE")))
  (forward-char (string-to-number (getenv "CLAIM_HOVER_CHARACTER")))
  (let* ((server (eglot-current-server))
         (hover (jsonrpc-request server :textDocument/hover
                                 (eglot--TextDocumentPositionParams)
                                 :timeout claim-check-wait))
         (contents (plist-get hover :contents)))
    (list :pushes claim-check-pushes
          :rules (vconcat claim-check-pushed)
          :flymake (vconcat (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))
          :hover (if (stringp contents) contents (plist-get contents :value)))))

(let ((report (condition-case err
                  (claim-check-run)
                (error (push (error-message-string err) claim-check-errors) nil))))
  (with-temp-file (getenv "CLAIM_OUT")
    (insert (json-encode
             (list :pushes claim-check-pushes
                   :diagnostics (vconcat
                                 (mapcar (lambda (rule) (list :code rule))
                                         claim-check-pushed))
                   :flymake (or (plist-get report :flymake) [])
                   :hover (plist-get report :hover)
                   :errors (vconcat (reverse claim-check-errors))))))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs 0))

;;; check.el ends here
