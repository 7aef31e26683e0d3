import GRDB

/// Migration "v2-signoff": accounts, proposals, sign-offs, carried-out actions, cover windows
/// and the audit log (issue 4).
///
/// The audit log is the authority (`vigil audit verify` replays it); the other tables are the
/// store's working copy, checked against it. SQLite itself refuses what must never happen,
/// as a second line behind the code: changing or deleting an audit entry, appending one
/// that does not continue the chain, a decision by the proposal's own proposer, and
/// changing or deleting a recorded decision. Anyone holding the file can drop a trigger;
/// the chain and the signatures are what catch that.
///
/// Column forms as in `Migrations`: times are INTEGER milliseconds since 1970 UTC (truncated,
/// as `AuditTime` does), hashes and keys BLOBs. A proposal's subject columns are the audit
/// entry's subject fields with the same names, so one decoder (`AuditEvent`) reads both.
enum SignOffSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            -- One row per audit entry, fields exactly as `AuditEntry` and `CanonicalEncoding`
            -- have them. Append-only: the triggers below refuse UPDATE and DELETE, and an
            -- INSERT that does not continue the chain.
            CREATE TABLE audit_log (
                sequence      INTEGER PRIMARY KEY,
                time          INTEGER NOT NULL,
                actor         TEXT NOT NULL,
                kind          TEXT NOT NULL,
                proposal      INTEGER,
                action        TEXT,
                escalate_to   TEXT,
                platform      TEXT,
                comment_id    TEXT,
                text_sha256   BLOB,
                author        TEXT,
                member        TEXT,
                role          TEXT,
                public_key    BLOB,
                covering      TEXT,
                window_start  INTEGER,
                window_end    INTEGER,
                severity      TEXT,
                note          TEXT,
                failure       TEXT,
                attempt       INTEGER,
                until         INTEGER,
                previous_hash BLOB NOT NULL,
                signature     BLOB,
                hash          BLOB NOT NULL
            );
            CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: an entry cannot be changed'); END;
            CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: an entry cannot be removed'); END;
            CREATE TRIGGER audit_log_continues_the_chain BEFORE INSERT ON audit_log
            WHEN NEW.sequence IS NOT (SELECT COALESCE(MAX(sequence), 0) + 1 FROM audit_log)
              OR NEW.previous_hash IS NOT COALESCE(
                   (SELECT hash FROM audit_log ORDER BY sequence DESC LIMIT 1), zeroblob(32))
            BEGIN SELECT RAISE(ABORT, 'an audit entry must follow the last one (sequence and previous hash)'); END;

            -- Administrators and cover moderators. The passphrase is kept only as kdf + salt +
            -- verifier (`PassphraseHash`); the private key only sealed under it.
            -- membership: 'awaiting-approval' (awaiting_proposal names the roster proposal),
            -- 'active' (since active_since), 'removed' (at removed_at; kept so that a person
            -- re-proposed and then rejected goes back to removed).
            CREATE TABLE accounts (
                name              TEXT PRIMARY KEY,
                role              TEXT NOT NULL CHECK (role IN ('administrator', 'cover-moderator')),
                kdf               TEXT NOT NULL,
                salt              BLOB NOT NULL,
                verifier          BLOB NOT NULL,
                public_key        BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
                sealed_key        BLOB NOT NULL,
                failed_attempts   INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
                locked_until      INTEGER,
                membership        TEXT NOT NULL CHECK (membership IN ('awaiting-approval', 'active', 'removed')),
                awaiting_proposal INTEGER,
                active_since      INTEGER,
                removed_at        INTEGER,
                created_at        INTEGER NOT NULL,
                last_sign_in_at   INTEGER,
                CHECK ((membership = 'awaiting-approval') = (awaiting_proposal IS NOT NULL)),
                CHECK (membership <> 'active' OR active_since IS NOT NULL),
                CHECK (membership <> 'removed' OR removed_at IS NOT NULL)
            ) WITHOUT ROWID;

            -- target: 'comment' (platform, comment_id, text_sha256 at proposal time, author),
            -- 'author' (platform, author, comment_id it was proposed from) or 'roster' (member,
            -- role, public_key / covering, window_start, window_end).
            -- state: pending, approved, rejected, withdrawn, expired, carried-out; decided_*
            -- is the approval, rejection or withdrawal (for carried-out: the approval), the
            -- expiry time for expired. A proposer decides their own proposal only for a keep,
            -- an urgent hide, or a withdrawal.
            CREATE TABLE proposals (
                id            INTEGER PRIMARY KEY CHECK (id > 0),
                target        TEXT NOT NULL CHECK (target IN ('comment', 'author', 'roster')),
                action        TEXT NOT NULL,
                escalate_to   TEXT,
                platform      TEXT,
                comment_id    TEXT,
                text_sha256   BLOB,
                author        TEXT,
                member        TEXT,
                role          TEXT,
                public_key    BLOB,
                covering      TEXT,
                window_start  INTEGER,
                window_end    INTEGER,
                proposer      TEXT NOT NULL REFERENCES accounts(name),
                proposed_at   INTEGER NOT NULL,
                reason        TEXT NOT NULL,
                urgent        INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
                severity      TEXT,
                state         TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'rejected', 'withdrawn', 'expired', 'carried-out')),
                decided_by    TEXT REFERENCES accounts(name),
                decided_at    INTEGER,
                decision_note TEXT,
                expires_at    INTEGER,
                entry         INTEGER NOT NULL UNIQUE REFERENCES audit_log(sequence),
                CHECK ((state = 'pending') = (decided_at IS NULL)),
                CHECK (decided_by IS NOT NULL OR state IN ('pending', 'expired')),
                CHECK (decided_by IS NULL OR decided_by <> proposer OR state = 'withdrawn'
                       OR (state IN ('approved', 'carried-out') AND (urgent = 1 OR action = 'keep')))
            );
            CREATE INDEX proposals_by_comment ON proposals(platform, comment_id) WHERE comment_id IS NOT NULL;
            CREATE INDEX proposals_by_author ON proposals(platform, author) WHERE author IS NOT NULL;
            CREATE INDEX proposals_pending ON proposals(proposed_at, id) WHERE state = 'pending';
            CREATE INDEX proposals_to_carry_out ON proposals(urgent DESC, decided_at, id)
                WHERE state = 'approved' AND target <> 'roster' AND action <> 'keep';
            CREATE INDEX proposals_by_decision ON proposals(state, decided_at);
            CREATE TRIGGER proposals_are_never_removed BEFORE DELETE ON proposals
            BEGIN SELECT RAISE(ABORT, 'proposals are never removed'); END;

            -- A second person's approval or rejection, one per proposal. proposed_by repeats
            -- the proposer so that SQLite refuses a self-approval by CHECK; the trigger makes
            -- sure it is the real proposer.
            CREATE TABLE decisions (
                proposal_id INTEGER PRIMARY KEY REFERENCES proposals(id),
                verdict     TEXT NOT NULL CHECK (verdict IN ('approve', 'reject')),
                decided_by  TEXT NOT NULL REFERENCES accounts(name),
                proposed_by TEXT NOT NULL,
                decided_at  INTEGER NOT NULL,
                note        TEXT,
                entry       INTEGER NOT NULL UNIQUE REFERENCES audit_log(sequence),
                CHECK (decided_by <> proposed_by)
            );
            CREATE TRIGGER decisions_refuse_self_approval BEFORE INSERT ON decisions
            WHEN NEW.proposed_by IS NOT (SELECT proposer FROM proposals WHERE id = NEW.proposal_id)
              OR NEW.decided_by IS (SELECT proposer FROM proposals WHERE id = NEW.proposal_id)
            BEGIN SELECT RAISE(ABORT, 'a proposal cannot be signed off by the person who proposed it'); END;
            CREATE TRIGGER decisions_are_final_update BEFORE UPDATE ON decisions
            BEGIN SELECT RAISE(ABORT, 'a recorded decision cannot be changed'); END;
            CREATE TRIGGER decisions_are_final_delete BEFORE DELETE ON decisions
            BEGIN SELECT RAISE(ABORT, 'a recorded decision cannot be removed'); END;

            -- `vigil done`: an approved action carried out on the platform.
            CREATE TABLE carried_out (
                proposal_id INTEGER PRIMARY KEY REFERENCES proposals(id),
                done_by     TEXT NOT NULL REFERENCES accounts(name),
                done_at     INTEGER NOT NULL,
                note        TEXT,
                entry       INTEGER NOT NULL UNIQUE REFERENCES audit_log(sequence)
            );

            -- Signed-off cover windows: the moderator may act for the administrator covered
            -- from starts_at (inclusive) to ends_at (exclusive).
            CREATE TABLE cover_windows (
                proposal_id INTEGER PRIMARY KEY REFERENCES proposals(id),
                moderator   TEXT NOT NULL REFERENCES accounts(name),
                covering    TEXT NOT NULL REFERENCES accounts(name),
                starts_at   INTEGER NOT NULL,
                ends_at     INTEGER NOT NULL,
                CHECK (ends_at > starts_at)
            );
            CREATE INDEX cover_windows_by_moderator ON cover_windows(moderator, ends_at);
            """)
    }
}
