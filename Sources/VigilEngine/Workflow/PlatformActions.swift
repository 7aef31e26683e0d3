/// One thing to do on a platform (or tell someone) to carry out a decision, in the
/// platform's own words (FORMATS.md).
public struct PlatformAction: Hashable, Sendable, Codable {
    public let platform: Platform
    /// The platform's name for it: "setModerationStatus rejected", "ban from Page", "hold".
    public let name: String
    /// How: the API call, or where in the app when the API cannot do it.
    public let how: String
    /// False when a person must do it in the platform's own app or site.
    public let throughAPI: Bool
    /// False when the platform cannot undo it (a YouTube rejection, a Facebook delete).
    public let reversible: Bool
}

/// The platform actions for each decision.
public enum PlatformActions {
    /// What carrying out `action` on `platform` takes, in order; empty for a keep, which
    /// leaves the comment as it is.
    public static func steps(for action: ModerationAction, on platform: Platform) -> [PlatformAction] {
        if case .escalate(let target) = action { return [escalation(target, platform)] }
        func step(_ name: String, _ how: String, api: Bool = true, reversible: Bool = true) -> [PlatformAction] {
            [PlatformAction(platform: platform, name: name, how: how, throughAPI: api, reversible: reversible)]
        }
        switch (platform, action) {
        case (.youtube, .delete):
            return step("setModerationStatus rejected", "comments.setModerationStatus moderationStatus=rejected (YouTube Studio: Remove); cannot be undone", reversible: false)
        case (.youtube, .hide):
            return step("setModerationStatus heldForReview", "comments.setModerationStatus moderationStatus=heldForReview")
        case (.youtube, .restore):
            return step("setModerationStatus published", "comments.setModerationStatus moderationStatus=published")
        case (.youtube, .block):
            return step("setModerationStatus rejected + banAuthor", "comments.setModerationStatus moderationStatus=rejected banAuthor=true on the author's comment (hides the user from the channel)")
        case (.youtube, .unblock):
            return step("remove from hidden users", "YouTube Studio: Settings > Community > Hidden users: remove the author (the API cannot)", api: false)

        case (.facebook, .delete):
            return step("delete", "DELETE /{comment-id}", reversible: false)
        case (.facebook, .hide):
            return step("hide", "POST /{comment-id} is_hidden=true")
        case (.facebook, .restore):
            return step("unhide", "POST /{comment-id} is_hidden=false")
        case (.facebook, .block):
            return step("ban from Page", "POST /{page-id}/blocked user={author-id} (Page settings: People and other Pages > Ban)")
        case (.facebook, .unblock):
            return step("unban from Page", "DELETE /{page-id}/blocked user={author-id}")

        case (.instagram, .delete):
            return step("delete", "DELETE /{ig-comment-id}", reversible: false)
        case (.instagram, .hide):
            return step("hide", "POST /{ig-comment-id} hide=true")
        case (.instagram, .restore):
            return step("unhide", "POST /{ig-comment-id} hide=false")
        case (.instagram, .block):
            return step("block in the app", "Instagram app: the author's profile > Restrict or Block (the API cannot block)", api: false)
        case (.instagram, .unblock):
            return step("unblock in the app", "Instagram app: Settings > Blocked: unblock the author", api: false)

        case (.x, .delete), (.x, .hide):
            return step("hide reply", "PUT /2/tweets/{id}/hidden hidden=true (only in conversations the school started; X does not let an account delete another's post: report it to X if it breaks X's rules)")
        case (.x, .restore):
            return step("unhide reply", "PUT /2/tweets/{id}/hidden hidden=false")
        case (.x, .block):
            return step("block", "POST /2/users/{school-id}/blocking target_user_id={author-id} (or mute: POST /2/users/{school-id}/muting)")
        case (.x, .unblock):
            return step("unblock", "DELETE /2/users/{school-id}/blocking/{author-id}")

        case (.wordpress, .delete):
            return step("delete", "DELETE /wp/v2/comments/{id}?force=true (wp-admin: Trash, then Delete Permanently)", reversible: false)
        case (.wordpress, .hide):
            return step("hold", "POST /wp/v2/comments/{id} status=hold (wp-admin: Unapprove)")
        case (.wordpress, .restore):
            return step("approve", "POST /wp/v2/comments/{id} status=approved")
        case (.wordpress, .block):
            return step("spam", "POST /wp/v2/comments/{id} status=spam")
                + step("disallow the author", "wp-admin: Settings > Discussion > Disallowed Comment Keys: add the author's e-mail", api: false)
        case (.wordpress, .unblock):
            return step("allow the author", "wp-admin: Settings > Discussion > Disallowed Comment Keys: remove the author's e-mail", api: false)

        case (.other, .delete):
            return step("delete", "delete the comment on the site it came from", api: false, reversible: false)
        case (.other, .hide):
            return step("hide", "hide the comment on the site it came from", api: false)
        case (.other, .restore):
            return step("restore", "show the comment again on the site it came from", api: false)
        case (.other, .block):
            return step("block", "block the author on the site the comment came from", api: false)
        case (.other, .unblock):
            return step("unblock", "unblock the author on the site the comment came from", api: false)

        case (_, .keep), (_, .escalate):
            return []
        }
    }

    private static func escalation(_ target: EscalationTarget, _ platform: Platform) -> PlatformAction {
        let how: String
        switch target {
        case .dsl: how = "tell the Designated Safeguarding Lead today, in person or through the school's safeguarding system; keep the evidence pack (vigil evidence)"
        case .police: how = "999 if anyone is in immediate danger, otherwise 101; keep the evidence pack (vigil evidence); never save or share indecent images of children"
        case .ceop: how = "report at ceop.police.uk; keep the evidence pack (vigil evidence)"
        case .prevent: how = "refer to the local authority's Prevent lead (or police on 101); keep the evidence pack (vigil evidence)"
        }
        return PlatformAction(platform: platform, name: "report to \(target.rawValue)", how: how, throughAPI: false, reversible: false)
    }
}

/// One line of `vigil actions`: an approved decision still to be carried out.
public struct ActionListItem: Hashable, Sendable {
    public let proposal: ProposalID
    public let action: ModerationAction
    public let target: ModerationTarget
    public let steps: [PlatformAction]
    public let approval: Decision
    public let urgent: Bool
}

public enum ActionList {
    /// The decisions awaiting `vigil done`, urgent hides first, then oldest approval first.
    public static func items(_ proposals: [Proposal]) -> [ActionListItem] {
        proposals.compactMap { p -> ActionListItem? in
            guard p.awaitsCarryingOut, case .approved(let approval) = p.state,
                  case .moderation(let action, let target) = p.kind else { return nil }
            return ActionListItem(
                proposal: p.id, action: action, target: target,
                steps: PlatformActions.steps(for: action, on: target.platform),
                approval: approval, urgent: p.urgent)
        }
        .sorted { a, b in
            if a.urgent != b.urgent { return a.urgent }
            return (a.approval.at, a.proposal) < (b.approval.at, b.proposal)
        }
    }
}
