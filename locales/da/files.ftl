## Why a file could not be read, written, locked or saved (store/, input.rs, output.rs).

## Hvorfor et møde er skrivebeskyttet, som en afvist ændring siger det (store/session_file.rs);
## $why er core.ftl's read-only-held eller read-only-no-lock.

read-only = Skrivebeskyttet: { $why }.
read-only-projector = Skrivebeskyttet: dette er projektorvisningen; den viser, men skriver aldrig.

## At åbne, oprette, overtage og gemme et mødes fil (store/session_file.rs).

# En kommando ventede på mødet; $then siger, hvad man kan gøre (ops-add-then…).
store-busy-waited = { $path } er åbent i en anden { -app } ({ $who }), stadig efter { $secs } s; { $then }
# Efter »sti: «.
store-cannot-lock = kan ikke låses
store-exists = { $path } findes allerede; { -app } skriver aldrig over et møde
# Efter »sti: «.
store-cannot-write = kan ikke skrives
store-take-over-no-lock = Stadig skrivebeskyttet: ingen lås: { $why }.
store-take-over-unreadable = Stadig skrivebeskyttet: filen kan ikke læses: { $why }
# Gem som (W).
store-save-as-no-name = Angiv et filnavn.
store-save-as-exists = { $path } findes allerede; vælg et andet navn.
store-save-as-busy = { $path } er åbent i en anden { -app } ({ $who }).
store-save-as-no-lock = Ikke gemt: { $path }: { $why }
store-save-as-failed = Ikke gemt: { $path }: { $why }. Dine sedler er bevaret her.
# Det, en synkroniseringstjeneste bragte, kan ikke læses (endnu).
store-changed-unreadable = Filen er ændret på disken og kan ikke læses (endnu): { $why }
store-copy-unreadable = En konfliktkopi kan ikke læses (endnu): { $why }
# En konfliktkopi overlades til vinduet, der har mødet åbent (store/copies.rs).
store-spiral-folder-not-folder = { $path } er et symbolsk link eller en fil, ikke en mappe: spiral skriver intet gennem den (gør den til en almindelig mappe, eller fjern den)
store-copy-held = { $who } har mødet åbent og fletter selv kopien

## Hvem der holder et mødes lås, når låsefilen ikke siger det (store/lock.rs):
## inde i »åbent i en anden spiral (…)«.

lock-hard-link = en anden { -app }, under et andet navn for denne fil (et hårdt link)
lock-another = en anden { -app }
lock-held-by = { -app } pid { $pid } på { $machine } siden { $since }
lock-one-after-another = andre { -app }-vinduer, det ene efter det andet

## Hvorfor en gemning ikke skrev (store/saver.rs, store/atomic.rs, store/write.rs).

store-refusal-deleted = slettet af et andet program
store-refusal-changed = ændret af et andet program
store-refusal-failed = skrivningen mislykkedes
store-changed-meanwhile = filen blev ændret af et andet program, mens den blev gemt
store-chunk-unserialized = en del af sedlerne kunne ikke laves om til tekst

## Hvad der er galt i et mødes fil, efter »sti:linje:kolonne: « (store/format.rs, store/count.rs).

store-version-newer = dette møde har formatversion { $version }, fra en nyere { -app }; denne læser versioner op til { $newest }. Opdatér { -app } for at åbne det
store-version-zero = formatversion 0 findes ikke; den første version er 1
store-version-unknown = { -app } læser ikke formatversion { $version }
store-not-utf8 = filen er ikke UTF-8-tekst
store-note-unknown-group = sedlen `{ $id }` angiver gruppen `{ $group }`, som mødet ikke har
store-note-unknown-question = sedlen `{ $id }` svarer på spørgsmålet `{ $question }`, som mødet ikke har
store-worker-stopped = filen blev ikke læst (en arbejdstråd stoppede)

## Hvorfor en fil ikke blev læst (input.rs), efter »sti: «. $what er filens
## slags: session, import, state, settings eller framework; $kind er en af
## input-kind-beskederne; $bytes skrives med tal; $limit er »1 GiB«.

input-not-regular = ikke en almindelig fil, men { $kind }: { -app } læser { $what ->
    [import] importer
    [state] tilstandsfiler
    [settings] indstillinger
    [ignore] ignorerlister
    [framework] referencerammer
   *[session] møder
} fra filer
input-too-large = { $bytes } byte, større end { $what ->
    [import] en import
    [state] en tilstandsfil
    [settings] en indstillingsfil
    [ignore] en ignorerliste
    [framework] en referenceramme
   *[session] et møde
} må være ({ $limit })
input-kind-folder = en mappe
input-kind-fifo = en FIFO (et navngivet rør)
input-kind-char-device = en tegnenhed
input-kind-block-device = en blokenhed
input-kind-socket = en socket
input-kind-special = en specialfil

## Hvor et output gik hen, og hvorfor det ikke blev skrevet (output.rs). $kind er
## en af input-kind-beskederne; $why slutter »… findes allerede; …« (ops-new-merge…).

output-stdout = standard output
output-link-to = { $link }, et link til { $path }
# Efter »sti: «.
output-cannot-write = kan ikke skrives
output-session-to-stdout = { $path }: et møde gemmes i en fil; angiv et filnavn
output-folder = { $path }: en mappe; angiv navnet på en fil, der skal skrives
output-not-writable-kind = { $path }: { $kind }: { -app } skriver til filer, rør og terminaler
output-session-to-stream = { $path }: { $kind }: et møde gemmes i en fil; angiv et filnavn
output-link-loop = { $path }: et symbolsk link, der fører rundt i ring; angiv et andet navn
output-lock-file = { $path }: et mødes låsefil; { -app } skriver aldrig over den
output-over-session = { $path }: { -app } skriver ikke en eksport over et mødes fil eller dens sikkerhedskopi; vælg et andet navn
output-exists = { $path } findes allerede; { $why }
output-no-reader = { $path }: { $kind }, som intet program læser fra; start det læsende program først
output-changed-while-opened = { $path }: ændret, mens den blev åbnet; prøv igen

## Hvad der er galt i en referenceramme-fil (model/framework.rs), efter »sti: « eller
## »sti:linje:kolonne: «. $id er en families id, $component en komponents; $lang
## en sprogkode (sv).

framework-cannot-read = kan ikke læse referencerammen: { $reason }
framework-not-utf8 = filen er ikke gyldig UTF-8-tekst
framework-no-family = referencerammen har ingen familie
framework-family-empty-id = en familie har et tomt id
framework-duplicate-family = familie-id'et `{ $id }` findes to gange
framework-key-out-of-range = familien `{ $id }` har nummer { $key }; numrene er 1 til 9
framework-duplicate-key = nummer { $key } findes to gange: familien `{ $id }` bruger en anden families nummer
framework-family-no-english = familien `{ $id }` har ingen engelsk betegnelse
framework-short-too-wide = familien `{ $id }`: den korte betegnelse »{ $short }« er { $wide } kolonner bred; korte betegnelser har højst { $most }
framework-component-empty-id = en komponent i familien `{ $id }` har et tomt id
framework-duplicate-component = komponent-id'et `{ $component }` findes to gange i familien `{ $id }`
framework-component-no-english = komponenten `{ $component }` i familien `{ $id }` har ingen engelsk betegnelse
framework-same-short = familierne `{ $first }` og `{ $second }` har samme korte betegnelse »{ $short }« på { $lang }; hver skal have sin egen
