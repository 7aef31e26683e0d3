import Foundation
import VigilEngine

/// Keys while signing in or answering a prompt: typed text, Enter to answer, Esc to go back.
extension ConsoleState {
    mutating func signInKey(_ key: Key) -> [Effect] {
        switch signIn.stage {
        case .checking:
            return []
        case .name:
            if key == .enter {
                let name = signIn.name.text.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else {
                    signIn.message = "Type your name, then Enter"
                    return []
                }
                signIn.name = LineEditor(name)
                signIn.stage = .passphrase
                signIn.message = nil
                return []
            }
            if key == .escape { signIn.name = LineEditor(); return [] }
            _ = signIn.name.edit(key)
            return []
        case .passphrase:
            if key == .enter {
                let secret = SecretText(signIn.passphrase.text)
                signIn.passphrase = LineEditor(secret: true)
                guard !secret.isEmpty else {
                    signIn.message = "Type your passphrase, then Enter"
                    return []
                }
                signIn.stage = .checking
                signIn.message = nil
                return [.signIn(name: signIn.name.text, passphrase: secret)]
            }
            if key == .escape {
                signIn.passphrase = LineEditor(secret: true)
                if signIn.fixedName == nil { signIn.stage = .name }
                return []
            }
            _ = signIn.passphrase.edit(key)
            return []
        }
    }

    mutating func signedIn(_ result: Result<Session, Failure>) -> [Effect] {
        switch result {
        case .failure(let f):
            signIn.stage = .passphrase
            signIn.message = Format.capitalised(f.message)
            return []
        case .success(let s):
            session = s
            signIn.message = nil
            signIn.passphrase = LineEditor(secret: true)
            var text = "Signed in as \(SafeText.line(s.name)) (\(Format.role(s.role)))"
            if let w = s.coverWindow { text += ": your cover window ends at \(Format.time(w.end, in: timeZone))" }
            if s.weakPassphraseHash {
                text += s.coverWindow == nil ? ": " : "; "
                text += "test-only passphrase hash, cheap to guess"
            }
            status = StatusLine(text: text, kind: s.weakPassphraseHash ? .warning : .info)
            view = .queue
            // The change token as of now, so that the first poll can already tell another
            // process's work from what was loaded here.
            pollInFlight = true
            return [.pollChanges, .loadCounts(s)] + loadVisible()
        }
    }

    mutating func promptKey(_ key: Key) -> [Effect] {
        guard var p = prompt else { return [] }
        if key == .escape {
            prompt = nil
            status = StatusLine(text: "Cancelled", kind: .info)
            return []
        }
        if !p.choices.isEmpty {
            if case .char(let c) = key, let choice = p.choices.first(where: { $0.key == c }) {
                prompt = nil
                return answerChoice(p.purpose, choice.key)
            }
            status = StatusLine(text: "Press " + p.choices.map { "\($0.key) for \($0.label)" }.joined(separator: ", ") + ", or Esc", kind: .warning)
            return []
        }
        if key == .enter {
            return answer(p)
        }
        if p.editor.edit(key) { prompt = p }
        return []
    }

    private mutating func answerChoice(_ purpose: Prompt.Purpose, _ c: Character) -> [Effect] {
        guard case .escalateTarget(let key, let reason) = purpose else { return [] }
        let target: EscalationTarget = switch c {
        case "d": .dsl
        case "p": .police
        case "c": .ceop
        default: .prevent
        }
        let draft = ProposalDraft(target: .comment(key), action: .escalate, reason: reason, escalateTo: target, comment: key)
        prompt = Prompt(purpose: .reason(draft), label: "Escalate \(Format.key(key)) to \(target.recipient): reason:", editor: LineEditor(reason))
        return []
    }

    private mutating func answer(_ p: Prompt) -> [Effect] {
        let text = p.editor.text.trimmingCharacters(in: .whitespaces)
        guard let session else { return [] }
        switch p.purpose {
        case .search:
            prompt = nil
            queue.filter.search = text
            queue.list.reset()
            status = StatusLine(text: text.isEmpty ? "Search cleared" : "Filter: \(QueueView.describe(queue.filter))", kind: .info)
            return loadVisible()
        case .reason(var draft):
            guard !text.isEmpty else {
                status = StatusLine(text: "A reason is needed: type one, or Esc to cancel", kind: .warning)
                return []
            }
            prompt = nil
            draft.reason = text
            busy = "sending the proposal"
            return [.propose(draft, session)]
        case .urgentHideReason(let key):
            guard !text.isEmpty else {
                status = StatusLine(text: "A reason is needed: type one, or Esc to cancel", kind: .warning)
                return []
            }
            prompt = nil
            busy = "hiding"
            return [.urgentHide(key, reason: text, session)]
        case .escalateTarget:
            return []
        case .signNote(let id, let approve, let what):
            if !approve && text.isEmpty {
                status = StatusLine(text: "A rejection needs a note: say why, or Esc to cancel", kind: .warning)
                return []
            }
            let request = SignRequest(proposal: id, approve: approve, note: text)
            prompt = Prompt(purpose: .signPassphrase(request, what: what), label: "Your passphrase to \(what):", editor: LineEditor(secret: true), secret: true)
            return []
        case .signPassphrase(let request, _):
            let secret = SecretText(p.editor.text)
            prompt = nil
            guard !secret.isEmpty else {
                status = StatusLine(text: "Not signed: no passphrase was typed", kind: .warning)
                return []
            }
            busy = "signing"
            return [.sign(request, passphrase: secret, session)]
        case .importDirectory:
            prompt = nil
            guard !text.isEmpty else { return [] }
            let path = text.hasPrefix("/") ? text : ImportState.join(importer.directory, text)
            return listDirectory(path)
        }
    }
}
