import GRDB

/// The store's schema, one migration per change, from the first day.
///
/// Later features add migrations at the end of `all` (never edit a shipped one): accounts,
/// proposals and the audit chain (issue 4), indexes the console needs (issue 5), retention
/// (issue 6). Conventions: times are INTEGER milliseconds since 1970 UTC; hashes are 32-byte
/// BLOBs of SHA-256; ids are the platforms' strings; derived data (flags, the denormalised
/// `severity`/`categories`/`queue_key` columns) can always be recomputed from the texts.
enum Migrations {
    /// `PRAGMA application_id`: "Vigl", so a store is told apart from any other SQLite file.
    static let applicationID: Int32 = 0x5669_676C

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-comments", migrate: v1)
        migrator.registerMigration("v2-signoff", migrate: SignOffSchema.migrate)
        migrator.registerMigration("v3-console", migrate: ConsoleMigration.v3)
        migrator.registerMigration("v4-console-search", migrate: ConsoleSearch.v4)
        return migrator
    }

    private static func v1(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: """
            -- One row per counter; `changes` goes up in every write transaction so that a
            -- console can notice another process's work by reading one row.
            CREATE TABLE store_meta (
                name  TEXT PRIMARY KEY,
                value INTEGER NOT NULL
            ) WITHOUT ROWID;
            INSERT INTO store_meta (name, value) VALUES ('changes', 0);

            -- A page, account, channel or blog, as the export or --channel names it.
            CREATE TABLE channels (
                id       INTEGER PRIMARY KEY,
                platform TEXT NOT NULL,
                name     TEXT NOT NULL,
                UNIQUE (platform, name)
            );

            CREATE TABLE posts (
                id          INTEGER PRIMARY KEY,
                platform    TEXT NOT NULL,
                platform_id TEXT NOT NULL,
                channel_id  INTEGER REFERENCES channels(id),
                title       TEXT,
                url         TEXT,
                UNIQUE (platform, platform_id)
            );

            -- identity: 'id:<platform id>', else '@<handle>', else 'name:<display name>'.
            CREATE TABLE authors (
                id          INTEGER PRIMARY KEY,
                platform    TEXT NOT NULL,
                identity    TEXT NOT NULL,
                platform_id TEXT,
                name        TEXT,
                handle      TEXT,
                UNIQUE (platform, identity)
            );

            CREATE TABLE imports (
                id              INTEGER PRIMARY KEY,
                file_name       TEXT NOT NULL,
                sha256          TEXT NOT NULL,
                byte_count      INTEGER NOT NULL,
                format          TEXT,
                started_at      INTEGER NOT NULL,
                finished_at     INTEGER,
                imported_by     TEXT,
                system_user     TEXT,
                read_count      INTEGER NOT NULL DEFAULT 0,
                new_count       INTEGER NOT NULL DEFAULT 0,
                updated_count   INTEGER NOT NULL DEFAULT 0,
                unchanged_count INTEGER NOT NULL DEFAULT 0,
                flagged_count   INTEGER NOT NULL DEFAULT 0,
                warnings        TEXT
            );

            -- The current text is the row of comment_versions named by version_id (the text is
            -- stored once); text_sha256 is that text's hash, kept here so an import decides
            -- "unchanged" from one index lookup.
            -- severity: worst severity rank (0 low ... 3 critical) of the current text's flags,
            -- NULL when it has none. categories: bit i set for Category.allCases[i].
            -- review: 0 open, 1 proposed, 2 decided (issue 4 maintains it).
            -- order_time: created_at, else when first imported.
            -- queue_key: (3 - severity) << 42 | order_time, so "most severe, then oldest" is one
            -- ascending integer and keyset paging is one range scan of comments_queue.
            CREATE TABLE comments (
                id                 INTEGER PRIMARY KEY,
                platform           TEXT NOT NULL,
                platform_id        TEXT NOT NULL,
                channel_id         INTEGER REFERENCES channels(id),
                post_id            INTEGER REFERENCES posts(id),
                parent_platform_id TEXT,
                author_id          INTEGER REFERENCES authors(id),
                created_at         INTEGER,
                order_time         INTEGER NOT NULL,
                url                TEXT,
                platform_status    TEXT,
                metadata           TEXT,
                text_sha256        BLOB NOT NULL,
                version_id         INTEGER NOT NULL,
                severity           INTEGER CHECK (severity BETWEEN 0 AND 3),
                categories         INTEGER NOT NULL DEFAULT 0,
                queue_key          INTEGER,
                review             INTEGER NOT NULL DEFAULT 0 CHECK (review BETWEEN 0 AND 2),
                UNIQUE (platform, platform_id),
                CHECK ((severity IS NULL) = (queue_key IS NULL))
            );
            CREATE INDEX comments_by_author ON comments(author_id, order_time) WHERE author_id IS NOT NULL;
            CREATE INDEX comments_by_parent ON comments(platform, parent_platform_id)
                WHERE parent_platform_id IS NOT NULL;
            -- The queue: flagged comments awaiting a decision, in order, overall and per channel.
            CREATE INDEX comments_queue ON comments(queue_key, id)
                WHERE severity IS NOT NULL AND review < 2;
            -- Counts by category, severity and state for `vigil status`, reading flagged rows only.
            CREATE INDEX comments_flagged ON comments(categories, severity, review)
                WHERE severity IS NOT NULL;
            CREATE INDEX comments_queue_by_channel ON comments(channel_id, queue_key, id)
                WHERE severity IS NOT NULL AND review < 2;

            -- Every text a comment has had. text becomes NULL when retention purges it; the
            -- hash stays, so decisions and the audit chain still verify.
            CREATE TABLE comment_versions (
                id                  INTEGER PRIMARY KEY,
                comment_id          INTEGER NOT NULL REFERENCES comments(id),
                text                TEXT,
                sha256              BLOB NOT NULL,
                import_id           INTEGER NOT NULL REFERENCES imports(id),
                platform_updated_at INTEGER
            );
            CREATE INDEX comment_versions_by_comment ON comment_versions(comment_id);

            -- Flags are derived from one version's text. spans: 'start-end,start-end' in code
            -- points, end exclusive. severity as in comments.
            CREATE TABLE flags (
                id          INTEGER PRIMARY KEY,
                comment_id  INTEGER NOT NULL REFERENCES comments(id),
                version_id  INTEGER NOT NULL REFERENCES comment_versions(id),
                ordinal     INTEGER NOT NULL,
                category    TEXT NOT NULL,
                kind        TEXT NOT NULL,
                rule        TEXT NOT NULL,
                severity    INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 3),
                action      TEXT NOT NULL,
                spans       TEXT NOT NULL,
                explanation TEXT NOT NULL
            );
            CREATE INDEX flags_by_comment ON flags(comment_id, version_id, ordinal);
            """)
    }
}
