## Why a file could not be read, written, locked or saved (store/, input.rs, output.rs).
