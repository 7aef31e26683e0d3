import Foundation

/// The first entry that does not verify, and why. `description` is the line `vigil audit
/// verify` prints before exiting 3.
public struct AuditFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The entry to look at: the changed, missing or misplaced one where that can be told.
    public let sequence: UInt64
    public let reason: AuditFailureReason

    public var description: String { "audit entry \(sequence): \(reason)" }
}

/// What is wrong with an entry.
public enum AuditFailureReason: Error, Sendable, Hashable, CustomStringConvertible {
    /// Another entry stands where this one should: it was removed or moved.
    case missingOrMoved(found: UInt64)
    /// An entry with an earlier number stands here: repeated or moved.
    case repeatedOrMoved(found: UInt64)
    /// Its previous-entry hash does not match the entry before it.
    case brokenLink
    /// The entry after this one is validly signed and recorded a different hash for it.
    case changedAfterSigning(detectedBy: UInt64, signer: String)
    case hashMismatch
    case genesisMismatch
    case timeGoesBackwards(previous: Int64, this: Int64)
    case malformed(String)
    case missingSignature(AuditKind)
    case unexpectedSignature(AuditKind)
    case badSignature(signer: String)
    /// Signed as someone no roster entry in the log vouches for.
    case unknownSigner(String)
    case signerRemoved(AccountName, at: Date)
    /// The sign-off rules, replayed, refuse what the entry records.
    case refused(actor: String, kind: AuditKind, WorkflowRefusal)
    case unknownProposal(ProposalID)
    case duplicateProposal(ProposalID)
    case foundingAfterStart(AccountName)
    case foundedTwice(AccountName)
    case tooFewFounders(Int)
    case systemEntryWithActor(String)
    /// This entry no longer hashes to what a previous full verification recorded.
    case checkpointMismatch
    /// The log ends before an entry a previous verification saw.
    case endsBeforeCheckpoint(verifiedUpTo: UInt64)

    public var description: String {
        switch self {
        case .missingOrMoved(let found):
            "it is missing or out of place: entry \(found) stands where it should be"
        case .repeatedOrMoved(let found):
            "entry \(found) appears again, or out of place, where this entry should be"
        case .brokenLink:
            "its previous-entry hash does not match the entry before it: that entry was changed, or one was removed or inserted"
        case .changedAfterSigning(let next, let signer):
            "it was changed after it was written: entry \(next), signed by \(SafeText.oneLine(signer, limit: 40)), recorded a different hash for it"
        case .hashMismatch: "its stored hash does not match its contents: it was changed"
        case .genesisMismatch: "the log does not begin with the entry this store began with: it has been replaced"
        case .timeGoesBackwards(let previous, let this):
            "its time (\(DisplayTime.minute(AuditTime.date(this)))) is before the previous entry's (\(DisplayTime.minute(AuditTime.date(previous))))"
        case .malformed(let why): "it is malformed: \(why)"
        case .missingSignature(let k): "a \(k.rawValue) entry must be signed by its actor, and this one is not"
        case .unexpectedSignature(let k): "a \(k.rawValue) entry is never signed, and this one is"
        case .badSignature(let signer):
            "its signature is not \(SafeText.oneLine(signer, limit: 40))'s: it was changed, or written without \(SafeText.oneLine(signer, limit: 40))'s key"
        case .unknownSigner(let actor):
            "it is signed as \"\(SafeText.oneLine(actor, limit: 40))\", whom no signed-off roster entry vouches for"
        case .signerRemoved(let name, let at): "it is signed by \(name), who was removed from the roster on \(DisplayTime.day(at))"
        case .refused(let actor, let kind, let refusal):
            "the sign-off rules refuse this \(kind.rawValue) by \(SafeText.oneLine(actor, limit: 40)): " + Self.thirdPerson(refusal, actor: actor)
        case .unknownProposal(let id): "it decides \(id), which no earlier entry proposes"
        case .duplicateProposal(let id): "it proposes \(id), which an earlier entry already proposed"
        case .foundingAfterStart(let n):
            "it makes \(n) a founding administrator after the log began: administrators join only through a signed-off roster change"
        case .foundedTwice(let n): "it founds \(n), who is already a founding administrator"
        case .tooFewFounders(let n): "the log must begin with at least two founding administrators; it begins with \(n)"
        case .systemEntryWithActor(let a): "a system entry must have actor \"vigil\", not \"\(SafeText.oneLine(a, limit: 40))\""
        case .checkpointMismatch:
            "it no longer matches the hash recorded when the log was last verified: it, or an entry before it, was changed since"
        case .endsBeforeCheckpoint(let upTo):
            "it is missing: the log was verified up to entry \(upTo) before, and entries have since been removed from its end"
        }
    }

    /// A refusal worded for a third person reading the log.
    private static func thirdPerson(_ refusal: WorkflowRefusal, actor: String) -> String {
        switch refusal {
        case .selfApproval(let p): "\(p) approved their own proposal"
        case .selfRejection(let p): "\(p) rejected their own proposal"
        default: refusal.description
        }
    }
}
