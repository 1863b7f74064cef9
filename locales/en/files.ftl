## Why a file could not be read, written, locked or saved (store/, input.rs, output.rs).

## Why a session is read-only, as a refused change says it (store/session_file.rs);
## $why is one of core.ftl's read-only-held and read-only-no-lock.

read-only = Read-only: { $why }.
read-only-projector = Read-only: this is the projector view; it shows, and never writes.

## Opening, making, taking over and saving a session file (store/session_file.rs).

# A command waited for the session; $then says what to do (ops-add-then…).
store-busy-waited = { $path } is open in another { -app } ({ $who }), still after { $secs } s; { $then }
# After "path: ".
store-cannot-lock = cannot lock
store-exists = { $path } already exists; { -app } never writes over a session
# After "path: ".
store-cannot-write = cannot write
store-take-over-no-lock = Still read-only: no lock: { $why }.
store-take-over-unreadable = Still read-only: the file does not read: { $why }
# Save-as (W).
store-save-as-no-name = Give a file name.
store-save-as-exists = { $path } already exists; choose another name.
store-save-as-busy = { $path } is open in another { -app } ({ $who }).
store-save-as-no-lock = Not saved: { $path }: { $why }
store-save-as-failed = Not saved: { $path }: { $why }. Your notes are kept here.
# What a sync engine brought does not read (yet).
store-changed-unreadable = The file changed on disk and does not read (yet): { $why }
store-copy-unreadable = A conflict copy does not read (yet): { $why }
# A conflict copy left for the window that holds the session (store/copies.rs).
store-spiral-folder-not-folder = { $path } is a symbolic link or a file, not a folder: spiral writes nothing through it (make it a plain folder, or remove it)
store-copy-held = { $who } holds the session: it merges the copy

## Who holds a session's lock, when its lock file does not say (store/lock.rs):
## inside "open in another spiral (…)".

lock-hard-link = another { -app }, under another name of this file (a hard link)
lock-another = another { -app }
lock-held-by = { -app } pid { $pid } on { $machine } since { $since }
lock-one-after-another = other { -app }s, one after the other

## Why a save did not write (store/saver.rs, store/atomic.rs, store/write.rs).

store-refusal-deleted = deleted by another program
store-refusal-changed = changed by another program
store-refusal-failed = the write failed
store-changed-meanwhile = the file was changed by another program while it was being saved
store-chunk-unserialized = a chunk did not serialize

## What is wrong in a session file, after "path:line:col: " (store/format.rs, store/count.rs).

store-version-newer = this session has format version { $version }, from a newer { -app }; this one reads versions up to { $newest }. Update { -app } to open it
store-version-zero = format version 0 does not exist; the first version is 1
store-version-unknown = format version { $version } is not one { -app } reads
store-not-utf8 = the file is not UTF-8 text
store-note-unknown-group = note `{ $id }` names group `{ $group }`, which the session does not have
store-note-unknown-question = note `{ $id }` answers question `{ $question }`, which the session does not have
store-worker-stopped = the file was not read (a worker stopped)

## Why a file was not read (input.rs), after "path: ". $what is the kind of
## file: session, import, state, settings, ignore or framework; $kind is one of the
## input-kind- messages; $bytes is written in figures; $limit is "1 GiB".

input-not-regular = not a regular file but { $kind }: { -app } reads { $what ->
    [import] imports
    [state] state files
    [settings] settings
    [ignore] ignore lists
    [framework] frameworks
   *[session] sessions
} from files
input-too-large = { $bytes } bytes, larger than { $what ->
    [import] an import
    [state] a state file
    [settings] a settings file
    [ignore] an ignore list
    [framework] a framework
   *[session] a session
} can be ({ $limit })
input-kind-folder = a folder
input-kind-fifo = a FIFO (a named pipe)
input-kind-char-device = a character device
input-kind-block-device = a block device
input-kind-socket = a socket
input-kind-special = a special file

## Where an output went, and why it was not written (output.rs). $kind is one
## of the input-kind- messages; $why ends "… already exists; …" (ops-new-merge…).

output-stdout = standard output
output-link-to = { $link }, a link to { $path }
# After "path: ".
output-cannot-write = cannot write
output-session-to-stdout = { $path }: a session is saved to a file; give a file name
output-folder = { $path }: a folder; give the name of a file to write
output-not-writable-kind = { $path }: { $kind }: { -app } writes to files, pipes and terminals
output-session-to-stream = { $path }: { $kind }: a session is saved to a file; give a file name
output-link-loop = { $path }: a symbolic link that leads round in a loop; give another name
output-lock-file = { $path }: the lock file of a session; { -app } never writes over it
output-over-session = { $path }: { -app } does not write an export over a session file or its backup; choose another name
output-exists = { $path } already exists; { $why }
output-no-reader = { $path }: { $kind } that no program reads from; start the reader first
output-changed-while-opened = { $path }: changed while it was opened; try again

## What is wrong in a framework file (model/framework.rs), after "path: " or
## "path:line:col: ". $id is a family's id, $component a component's; $lang
## a language code (sv).

framework-cannot-read = cannot read the framework: { $reason }
framework-not-utf8 = stream did not contain valid UTF-8
framework-no-family = the framework has no family
framework-family-empty-id = a family has an empty id
framework-duplicate-family = duplicate family id `{ $id }`
framework-key-out-of-range = family `{ $id }` has key { $key }; keys are 1 to 9
framework-duplicate-key = duplicate key { $key }: family `{ $id }` uses a key another family has
framework-family-no-english = family `{ $id }` has no English label
framework-short-too-wide = family `{ $id }`: the short label “{ $short }” is { $wide } columns wide; short labels have at most { $most }
framework-component-empty-id = a component of family `{ $id }` has an empty id
framework-duplicate-component = duplicate component id `{ $component }` in family `{ $id }`
framework-component-no-english = component `{ $component }` of family `{ $id }` has no English label
framework-same-short = families `{ $first }` and `{ $second }` have the same short label “{ $short }” in { $lang }; each needs its own
