## The screens of the app (tui/).

## The hint line: a key, then what it does.
hint-open = öppna
hint-filter = filtrera
hint-new = ny
hint-mark = markera
hint-compare = jämför
hint-merge = slå ihop
hint-help = hjälp
# Help's hint when the line had no room for every hint: `?` has the rest.
hint-more = mer
hint-quit = avsluta
hint-add = lägg till
hint-code = koda
hint-pick = välj
hint-question = fråga
hint-undo = ångra
hint-search = sök
hint-profile = profil
hint-synthesis = syntes
hint-group = grupp
hint-back = tillbaka
hint-counts-shares = antal/andelar
hint-groups-sessions = grupper/träffar
hint-scroll = rulla
hint-page = sida
hint-take-out = ta ut
hint-pane = ruta
hint-family = familj
hint-move = bläddra
hint-take = ta
hint-close = stäng
hint-add-and-code-or-f1-f8 = lägg till och koda (eller F1–F8)
hint-confirm = bekräfta
hint-cancel = avbryt
hint-session = träff
hint-compare-all-groups = jämför alla grupper
hint-question-all = fråga / alla
hint-follow = följ
hint-edit = redigera
hint-question-up = fråga upp
hint-down = ned
hint-first = första
hint-second = andra
hint-suggested = förslaget
hint-other = annan
hint-next-open = nästa öppna
hint-export = exportera
hint-actions = åtgärder
hint-report = rapport
hint-remove = ta bort

## Any screen.
screen-too-small = { -app } behöver en terminal på minst { $width }×{ $height }; den här är { $now_width }×{ $now_height }. Förstora den: ditt arbete är sparat.
failed-title = Kunde inte öppna { $path }
failed-left-alone = Filen lämnades precis som den var: { -app } skriver aldrig över en fil som inte gick att läsa.
failed-fix = Rätta den i en textredigerare (`spiral check FILE` anger rad och kolumn), eller återställ FILE.bak.
failed-quit = q avslutar.
prompt-keys = Enter bekräftar, Esc avbryter
export-title = Export ({ $language }) · ↑↓ Enter Esc
export-replaced = En export av samma slag ersätts; träffens fil ersätts aldrig.

## Prompts (tui/overlay.rs) and finders (tui/finder.rs).
prompt-new-group = Namn på den nya gruppen
prompt-rename-group = Gruppens nya namn
prompt-participants = Antal deltagare (tomt: okänt)
prompt-new-session = Titel på den nya träffen
prompt-new-criterion = Kriteriets formulering
prompt-reword-criterion = Kriteriets nya formulering
prompt-save-as = Spara träffen i (en ny fil)
prompt-coder = Ditt namn, på lapparna du skriver
finder-search = Sök bland lapparna
finder-pick = Koda med en familj eller komponent
finder-move = Flytta lappen till
finder-link = Koppla lappen till åtgärden

## The export menu: what each format is for.
export-html = sammanställning för { -local-support-group(form: "def") } (skrivs ut på A4)
export-md = samma sammanställning i Markdown, för ett mejl eller en wiki
export-csv-notes = kalkylblad: en rad per lapp
export-csv-matrix = kalkylblad: grupper × familjer, antal och andelar
export-csv-binary = kalkylblad: en 0/1-kolumn per familj (R, SPSS, Stata)
export-csv-actions = kalkylblad: åtgärderna, en rad var, med det de svarar på
export-qdpx = REFI-QDA-projekt för NVivo, ATLAS.ti, MAXQDA, QualCoder
finder-found = { $shown } av { $all }
finder-searching = söker…

## The session list (tui/view/list.rs, tui/list.rs).
list-header = { -app } · träffar i
list-filter = Filter
list-marked = { $n ->
    [one] { $n } markerad
   *[other] { $n } markerade
} (C jämför)
list-shown = { $shown } av { $all ->
    [one] { $all } träff
   *[other] { $all } träffar
}
list-empty = Ingen träff här än. n skapar en (eller: spiral new FILE --title TITLE).
list-column-title = titel
list-column-date = datum
list-column-groups = grupper
list-column-notes = lappar
list-column-file = fil
list-merge-marked = Markera träffarna som ska slås ihop (Space): { $n ->
    [one] { $n } markerad
   *[other] { $n } markerade
}.
list-reconcile-marked = Markera de två kodningarna som ska stämmas av (Space): { $n ->
    [one] { $n } markerad
   *[other] { $n } markerade
}.
list-wrote-no-file = Skrev { $file }, men det är ingen fil som kan öppnas.
list-none-yet = Ingen träff här än: n skapar en.
list-no-session = Ingen träff här.
list-unreadable = Den här filen går inte att läsa; den kan inte jämföras.
list-marked-now = { $n ->
    [one] { $n } markerad
   *[other] { $n } markerade
}: C jämför dem.
list-nothing-to-compare = Ingen träff att jämföra: markera träffar med Space.

## The workshop screen (tui/view/workshop.rs).
count-notes = { $n ->
    [one] { $n } lapp
   *[other] { $n } lappar
}
count-criteria = { $n ->
    [one] { $n } kriterium
   *[other] { $n } kriterier
}
workshop-read-only = SKRIVSKYDDAD
workshop-not-saved = INTE SPARAD
workshop-in-memory = i minnet
workshop-saving = sparar
workshop-saved = sparad
workshop-question = Fråga { $at }/{ $n }
workshop-no-question = Ingen fråga
workshop-next-question = Tab: nästa fråga
workshop-groups = Grupper
workshop-no-group = Ingen grupp än.
    g lägger till en.
# A group's participants, after its count of notes: "12 8 pers" (personer; a no-break space).
workshop-participants-short = { $n } pers
workshop-families = Familjer
workshop-uncoded = { $n ->
    [one] { $n } okodad
   *[other] { $n } okodade
}
workshop-notes = Lappar
workshop-add-group-first = Lägg till en grupp med g, skriv sedan lappar med a.
workshop-no-note = Ingen lapp än: a öppnar inmatningsraden.
workshop-arrived-below = { $n ->
    [one] { $n } ny nedanför
   *[other] { $n } nya nedanför
} — { $key }
workshop-note = Lapp
workshop-suggested = Förslag
workshop-s-accepts = s godtar
workshop-not-coded = okodad
workshop-unknown-family = okänd familj `{ $family }` (behålls som den är)
workshop-family = Familj
workshop-question-label = Fråga
workshop-no-coder = ingen kodare
coder-asked = Vem skriver lapparna? Skriv ditt namn och tryck Enter.
coder-set = Lapparna skrivs av { $name }.
coder-needed = En lapp sparas med namnet på den som skrev den: ingen lapp lades till.
capture-edit = Redigera lappen · Enter sparar · Esc avbryter
capture-new = Ny lapp · { $group } · { $question } · Enter lägger till · Esc stänger
capture-pasted = { $n } rader inklistrade. Enter: lägg till dem som { $n } lappar · Ctrl-j: slå ihop till en rad · Esc: släng

## The profile screen (tui/view/profile.rs).
profile-title = Profil
profile-all-questions = alla frågor
profile-participants = { $n ->
    [one] { $n } deltagare
   *[other] { $n } deltagare
}
profile-coded = { $n ->
    [one] { $n } kodad
   *[other] { $n } kodade
}
# The column of a family's share of the group's coded notes (5 columns at most).
profile-share = andel
profile-apart = Inte i andelarna: { $uncoded ->
    [one] { $uncoded } okodad
   *[other] { $uncoded } okodade
}
profile-apart-unknown = , { $n } med en familj som det här ramverket inte känner till
profile-no-group = Ingen grupp än.
profile-session = Träff
profile-readings = sammanslaget: { $coded ->
    [one] { $coded } kodad lapp
   *[other] { $coded } kodade lappar
} · gruppmedelvärde av { $groups ->
    [one] { $groups } grupp
   *[other] { $groups } grupper
}
profile-pooled = sammanslaget
profile-group-mean = gruppmedelvärde

## What the workshop says on the status line (tui/workshop.rs).
workshop-came-back = Tillbaka där du var: { $group }, fråga { $at }/{ $n } { $question }.
workshop-read-only-undo = Skrivskyddad: inget att ångra.
workshop-nothing-to-undo = Inget att ångra.
workshop-undone = Ångrat: { $what }.
workshop-nothing-to-redo = Inget att göra om.
workshop-redone = Gjort om: { $what }.
workshop-history-cut = Det som kom in från filen på disken ändrade det som steget rörde, så det kan inte ångras eller göras om: ångrahistoriken börjar om härifrån.
workshop-no-such-key = Ingen { -family } har tangenten { $key }.
workshop-other-framework = Den här träffen är kodad med ramverket `{ $framework }`: öppna den med det ramverket (--framework FILE) för att koda.
workshop-unknown-family-short = okänd familj `{ $family }`
workshop-recoded = Omkodad: { $before } → { $after } · u ångrar.
workshop-coded = Kodad: { $family }.
workshop-no-suggestion = Inget förslag för den här lappen.
workshop-coded-as-suggested = Kodad: { $family }, enligt förslaget ({ $why }).
workshop-coded-suggested-other = Kodad: { $family }; förslag: { $suggested } ({ $why }). s igen kodar om den.
workshop-add-group = Lägg först till en { -group } (g).
workshop-all-coded = Alla lappar i den här gruppen är kodade.
workshop-first-uncoded = Första okodade lappen: { $n ->
    [one] { $n } okodad
   *[other] { $n } okodade
} i den här gruppen.
workshop-no-note-selected = Ingen lapp vald.
workshop-deleted = Lappen togs bort (u tar tillbaka den).
workshop-deleted-unlinked = Lappen togs bort; { $n ->
    [one] åtgärden
   *[other] åtgärderna
} { $actions } länkar inte längre till den (u tar tillbaka båda).
workshop-now-collecting = Samlar nu in: { $question }.
workshop-group-needs-name = En grupp behöver ett namn.
workshop-group-exists = Det finns redan en grupp som heter { $name }.
workshop-group-added = Lade till gruppen { $name }. n anger hur många som deltar; a skriver dess första lapp.
workshop-no-group-selected = Ingen grupp vald.
workshop-no-group-to-rename = Ingen grupp att byta namn på.
workshop-group-renamed = Bytte namn på gruppen till { $name }.
workshop-not-participants = `{ $text }` är inte ett antal deltagare.
workshop-participants = { $n ->
    [one] { $n } deltagare.
   *[other] { $n } deltagare.
}
workshop-participants-cleared = Antalet deltagare är borttaget.
# The session's language changed (L): its labels, its exports.
workshop-language = Träffens språk: { $language } (dess sammanfattning och export).
compare-language = Etiketter på { $language }.
workshop-moved-group = Flyttad till gruppen { $group }.
workshop-moved-question = Flyttad till frågan { $question }.
workshop-not-exported = Inte exporterad: { $why }
workshop-exported = Exporterade { $format }: { $file } ({ $kb } kB).
workshop-lock-freed = Det andra { -app }-fönstret har släppt träffen: Ctrl-s skriver den hit (den läses in på nytt från sin fil).
workshop-came-in = Inläst från filen på disken: { $what }.
workshop-merged-copy = Slog ihop en konfliktkopia från en synkroniseringstjänst ({ $file }): { $what }.
workshop-changed-unreadable = Filen har ändrats av ett annat program och går inte att läsa som en träff: inget skrivs över den. W sparar den här versionen i en annan fil.
workshop-already-saved = Redan sparad: inget har ändrats sedan dess.
workshop-saved-now = Sparad.
workshop-writable-now = Skrivbar här nu: inläst på nytt från sin fil; det du ändrar sparas.
workshop-still-held = Skrivskyddad: { $why }; inget sparas här. Ctrl-s skriver här när den har stängts där.
workshop-saved-to = Sparad i { $file }; träffen ligger nu där.
workshop-not-a-file = Den här träffen är inte sparad i en fil.

## The capture line (tui/screen/capture.rs).
capture-read-only-add = Skrivskyddad: lappar kan inte läggas till här.
capture-read-only-edit = Skrivskyddad: lappar kan inte redigeras här.
capture-paste-dropped = Inklistringen slängdes.
capture-empty-edit = En lapp kan inte vara tom (d tar bort den).
capture-edited = Lappen redigerad.
capture-empty = Tom lapp: inget tillagt.
capture-type-first = Skriv en lapp först: Alt och familjens siffra lägger till den, kodad.
capture-coded-last = Kodade lappen som just lades till: { $family }.
capture-added-coded = Tillagd, kodad: { $family }.
capture-pasted-status = { $n } rader inklistrade: Enter lägger till { $n } lappar, Ctrl-j slår ihop dem på raden, Esc slänger inklistringen.
capture-added-paste = Lade till { $n } lappar från inklistringen (u ångrar dem på en gång).
workshop-save-as-read-only = Skrivskyddad: { $why }; spara den någon annanstans från fönstret som skriver den.
workshop-export-nowhere = Den här träffen är inte sparad i en fil: det finns ingenstans bredvid den att exportera till.

## The app as a whole (tui/app.rs).
app-read-only = Skrivskyddad: { $why }. Ändringar är avstängda.
app-other-framework = Den här träffen kodades med ramverket `{ $session }`; den visas med `{ $framework }`.
app-quit-anyway = { $why } Tryck q igen för att avsluta ändå.
app-closed-back = Stängde { $file }; tillbaka till området.
app-back = Tillbaka till området.
app-closed-back-to-list = Stängde { $file }; tillbaka till listan över träffar.
app-back-to-list = Tillbaka till listan över träffar.
app-needs-title = En träff behöver en titel.
app-created = Skapade { $file }. Dess uppgifter: Enter redigerar en, Esc när du är klar; sedan lägger g till en grupp.
app-made = Skapade { $file }: { $what } { $progress }
finder-nothing = Inget stämmer.

# A label before its value ("Family:"; French puts a no-break space before the colon).
label = { $label }:
finder-move-group = grupp: { $name }
finder-move-question = fråga: { $name }
workshop-uncoded-now = Kodningen borttagen.
