## Why a file could not be read, written, locked or saved (store/, input.rs, output.rs).

## Varför en träff är skrivskyddad, så som en vägrad ändring säger det (store/session_file.rs);
## $why är core.ftl:s read-only-held eller read-only-no-lock.

read-only = Skrivskyddad: { $why }.
read-only-projector = Skrivskyddad: det här är projektorvyn; den visar, men skriver aldrig.

## Att öppna, skapa, ta över och spara en träffs fil (store/session_file.rs).

# Ett kommando väntade på träffen; $then säger vad man kan göra (ops-add-then…).
store-busy-waited = { $path } är öppen i ett annat { -app }-fönster ({ $who }), fortfarande efter { $secs } s; { $then }
# Efter ”sökväg: ”.
store-cannot-lock = kan inte låsas
store-exists = { $path } finns redan; { -app } skriver aldrig över en träff
# Efter ”sökväg: ”.
store-cannot-write = kan inte skrivas
store-take-over-no-lock = Fortfarande skrivskyddad: inget lås: { $why }.
store-take-over-unreadable = Fortfarande skrivskyddad: filen går inte att läsa: { $why }
# Spara som (W).
store-save-as-no-name = Ange ett filnamn.
store-save-as-exists = { $path } finns redan; välj ett annat namn.
store-save-as-busy = { $path } är öppen i ett annat { -app }-fönster ({ $who }).
store-save-as-no-lock = Inte sparad: { $path }: { $why }
store-save-as-failed = Inte sparad: { $path }: { $why }. Dina lappar finns kvar här.
# Det som en synkroniseringstjänst förde hit går inte att läsa (än).
store-changed-unreadable = Filen har ändrats på disken och går inte att läsa (än): { $why }
store-copy-unreadable = En konfliktkopia går inte att läsa (än): { $why }
# En konfliktkopia lämnas åt fönstret som har träffen öppen (store/copies.rs).
store-spiral-folder-not-folder = { $path } är en symbolisk länk eller en fil, inte en mapp: spiral skriver ingenting genom den (gör den till en vanlig mapp, eller ta bort den)
store-copy-held = { $who } har träffen öppen och slår själv ihop kopian

## Vem som håller en träffs lås, när låsfilen inte säger det (store/lock.rs):
## inuti ”öppen i ett annat spiral-fönster (…)”.

lock-hard-link = ett annat { -app }-fönster, under ett annat namn på den här filen (en hård länk)
lock-another = ett annat { -app }-fönster
lock-held-by = { -app } pid { $pid } på { $machine } sedan { $since }
lock-one-after-another = andra { -app }-fönster, det ena efter det andra

## Varför en sparning inte skrev (store/saver.rs, store/atomic.rs, store/write.rs).

store-refusal-deleted = borttagen av ett annat program
store-refusal-changed = ändrad av ett annat program
store-refusal-failed = skrivningen misslyckades
store-changed-meanwhile = filen ändrades av ett annat program medan den sparades
store-chunk-unserialized = en del av lapparna kunde inte göras om till text

## Vad som är fel i en träffs fil, efter ”sökväg:rad:kolumn: ” (store/format.rs, store/count.rs).

store-version-newer = den här träffen har formatversion { $version }, från ett nyare { -app }; det här läser versioner upp till { $newest }. Uppdatera { -app } för att öppna den
store-version-zero = formatversion 0 finns inte; den första versionen är 1
store-version-unknown = { -app } läser inte formatversion { $version }
store-not-utf8 = filen är inte UTF-8-text
store-note-unknown-group = lappen `{ $id }` anger gruppen `{ $group }`, som träffen inte har
store-note-unknown-question = lappen `{ $id }` svarar på frågan `{ $question }`, som träffen inte har
store-worker-stopped = filen lästes inte (en arbetstråd stannade)

## Varför en fil inte lästes (input.rs), efter ”sökväg: ”. $what är filens
## slag: session, import, state, settings eller framework; $kind är ett av
## input-kind-meddelandena; $bytes skrivs med siffror; $limit är ”1 GiB”.

input-not-regular = inte en vanlig fil utan { $kind }: { -app } läser { $what ->
    [import] importer
    [state] tillståndsfiler
    [settings] inställningar
    [ignore] ignoreringslistor
    [framework] ramverk
   *[session] träffar
} från filer
input-too-large = { $bytes } byte, större än { $what ->
    [import] en import
    [state] en tillståndsfil
    [settings] en inställningsfil
    [ignore] en ignoreringslista
    [framework] ett ramverk
   *[session] en träff
} får vara ({ $limit })
input-kind-folder = en mapp
input-kind-fifo = en FIFO (en namngiven pipe)
input-kind-char-device = en teckenenhet
input-kind-block-device = en blockenhet
input-kind-socket = en socket
input-kind-special = en specialfil

## Vart en utdata gick, och varför den inte skrevs (output.rs). $kind är ett av
## input-kind-meddelandena; $why avslutar ”… finns redan; …” (ops-new-merge…).

output-stdout = standard ut
output-link-to = { $link }, en länk till { $path }
# Efter ”sökväg: ”.
output-cannot-write = kan inte skrivas
output-session-to-stdout = { $path }: en träff sparas i en fil; ange ett filnamn
output-folder = { $path }: en mapp; ange namnet på en fil att skriva
output-not-writable-kind = { $path }: { $kind }: { -app } skriver till filer, pipes och terminaler
output-session-to-stream = { $path }: { $kind }: en träff sparas i en fil; ange ett filnamn
output-link-loop = { $path }: en symbolisk länk som leder runt i en slinga; ange ett annat namn
output-lock-file = { $path }: en träffs låsfil; { -app } skriver aldrig över den
output-over-session = { $path }: { -app } skriver inte en export över en träffs fil eller dess säkerhetskopia; välj ett annat namn
output-exists = { $path } finns redan; { $why }
output-no-reader = { $path }: { $kind } som inget program läser från; starta det läsande programmet först
output-changed-while-opened = { $path }: ändrades medan den öppnades; försök igen

## Vad som är fel i en ramverksfil (model/framework.rs), efter ”sökväg: ” eller
## ”sökväg:rad:kolumn: ”. $id är en familjs id, $component en komponents; $lang
## en språkkod (sv).

framework-cannot-read = kan inte läsa ramverket: { $reason }
framework-not-utf8 = filen är inte giltig UTF-8-text
framework-no-family = ramverket har ingen familj
framework-family-empty-id = en familj har ett tomt id
framework-duplicate-family = familje-id:t `{ $id }` finns två gånger
framework-key-out-of-range = familjen `{ $id }` har nummer { $key }; numren är 1 till 9
framework-duplicate-key = nummer { $key } finns två gånger: familjen `{ $id }` använder en annan familjs nummer
framework-family-no-english = familjen `{ $id }` har ingen engelsk etikett
framework-short-too-wide = familjen `{ $id }`: den korta etiketten ”{ $short }” är { $wide } kolumner bred; korta etiketter har högst { $most }
framework-component-empty-id = en komponent i familjen `{ $id }` har ett tomt id
framework-duplicate-component = komponent-id:t `{ $component }` finns två gånger i familjen `{ $id }`
framework-component-no-english = komponenten `{ $component }` i familjen `{ $id }` har ingen engelsk etikett
framework-same-short = familjerna `{ $first }` och `{ $second }` har samma korta etikett ”{ $short }” på { $lang }; var och en behöver en egen
