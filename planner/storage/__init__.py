"""Where the data lives: opening a database, the server mode, errors, backups and checks.

- `database`: opening a SQLite file or server URL, schema creation and upgrade, the
  `Database` with its one-transaction-per-use-case `transaction()` and `with_retries`.
- `server`: PostgreSQL URLs, passwords, the server engine and its German error messages.
- `connection`: the "Verbindung testen" check of a database URL.
- `errors`: storage failures (disk full, read-only, locked, I/O) as German errors.
- `checks`: network-share warning, free space, private file permissions.
- `backup`: online backups, verification, rotation and restore of a SQLite file.
- `dbcopy`: copying a whole database between SQLite and PostgreSQL.
"""
