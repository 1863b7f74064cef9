## The screens of the app (tui/).

## The hint line: a key, then what it does.
hint-open = åbn
hint-filter = filtrér
hint-new = ny
hint-mark = markér
hint-compare = sammenlign
hint-merge = flet
hint-help = hjælp
# Help's hint when the line had no room for every hint: `?` has the rest.
hint-more = mere
hint-quit = afslut
hint-add = tilføj
hint-code = kod
hint-pick = vælg
hint-question = spørgsmål
hint-undo = fortryd
hint-search = søg
hint-profile = profil
hint-synthesis = syntese
hint-group = gruppe
hint-back = tilbage
hint-counts-shares = antal/andele
hint-groups-sessions = grupper/møder
hint-scroll = rul
hint-page = side
hint-take-out = tag ud
hint-pane = rude
hint-family = familie
hint-move = vælg
hint-take = tag
hint-close = luk
hint-add-and-code-or-f1-f8 = tilføj og kod (eller F1–F8)
hint-confirm = bekræft
hint-cancel = annullér
hint-session = møde
hint-compare-all-groups = sammenlign alle grupper
hint-question-all = spørgsmål / alle
hint-follow = følg
hint-edit = redigér
hint-question-up = spørgsmål op
hint-down = ned
hint-first = første
hint-second = anden
hint-suggested = forslag
hint-other = en anden
hint-next-open = næste åbne
hint-export = eksportér
hint-actions = tiltag
hint-report = rapport
hint-remove = fjern

## Any screen.
screen-too-small = { -app } kræver en terminal på mindst { $width }×{ $height }; denne er { $now_width }×{ $now_height }. Gør den større: dit arbejde er gemt.
failed-title = Kunne ikke åbne { $path }
failed-left-alone = Filen er ladt præcis, som den var: { -app } skriver aldrig over en fil, det ikke kunne læse.
failed-fix = Ret den i en teksteditor (`spiral check FILE` angiver linje og kolonne), eller gendan FILE.bak.
failed-quit = q afslutter.
prompt-keys = Enter bekræfter, Esc annullerer
export-title = Eksport ({ $language }) · ↑↓ Enter Esc
export-replaced = En eksport af samme slags erstattes; det gør mødefilen aldrig.

## Prompts (tui/overlay.rs) and finders (tui/finder.rs).
prompt-new-group = Navn på den nye gruppe
prompt-rename-group = Gruppens nye navn
prompt-participants = Antal deltagere (tomt: ukendt)
prompt-new-session = Titel på det nye møde
prompt-new-criterion = Kriteriets formulering
prompt-reword-criterion = Kriteriets nye formulering
prompt-save-as = Gem mødet i (en ny fil)
prompt-coder = Dit navn, på de sedler du skriver
finder-search = Søg i sedlerne
finder-pick = Kod med en familie eller komponent
finder-move = Flyt sedlen til
finder-link = Knyt sedlen til tiltaget

## The export menu: what each format is for.
export-html = sammenfatningsside til { -local-support-group(form: "def") } (udskrives på A4)
export-md = den samme sammenfatning i Markdown, til en e-mail eller en wiki
export-csv-notes = regneark: én række pr. seddel
export-csv-matrix = regneark: grupper × familier, antal og andele
export-csv-binary = regneark: én 0/1-kolonne pr. familie (R, SPSS, Stata)
export-csv-actions = regneark: handlingerne, én række hver, med det, de svarer på
export-qdpx = REFI-QDA-projekt til NVivo, ATLAS.ti, MAXQDA, QualCoder
finder-found = { $shown } af { $all }
finder-searching = søger…

## The session list (tui/view/list.rs, tui/list.rs).
list-header = { -app } · møder i
list-filter = Filter
list-marked = { $n ->
    [one] { $n } markeret
   *[other] { $n } markerede
} (C sammenligner)
list-shown = { $shown } af { $all ->
    [one] { $all } møde
   *[other] { $all } møder
}
list-empty = Intet møde her endnu. n opretter et (eller: spiral new FILE --title TITLE).
list-column-title = titel
list-column-date = dato
list-column-groups = grupper
list-column-notes = sedler
list-column-file = fil
list-merge-marked = Markér de møder, der skal flettes (Space): { $n } markeret.
list-reconcile-marked = Markér de to kodninger, der skal afstemmes (Space): { $n } markeret.
list-wrote-no-file = { $file } er skrevet, men er ikke en fil, der kan åbnes.
list-none-yet = Intet møde her endnu: n opretter et.
list-no-session = Intet møde her.
list-unreadable = Filen kan ikke læses; den kan ikke sammenlignes.
list-marked-now = { $n ->
    [one] { $n } markeret
   *[other] { $n } markerede
}: C sammenligner dem.
list-nothing-to-compare = Intet møde at sammenligne: markér møder med Space.

## The workshop screen (tui/view/workshop.rs).
count-notes = { $n ->
    [one] { $n } seddel
   *[other] { $n } sedler
}
count-criteria = { $n ->
    [one] { $n } kriterium
   *[other] { $n } kriterier
}
workshop-read-only = SKRIVEBESKYTTET
workshop-not-saved = IKKE GEMT
workshop-in-memory = i hukommelsen
workshop-saving = gemmer
workshop-saved = gemt
workshop-question = Spørgsmål { $at }/{ $n }
workshop-no-question = Intet spørgsmål
workshop-next-question = Tab: næste spørgsmål
workshop-groups = Grupper
workshop-no-group = Ingen gruppe endnu.
    g tilføjer en.
# A group's participants, after its count of notes: "12 8 pers." (personer; a no-break space).
workshop-participants-short = { $n } pers.
workshop-families = Familier
workshop-uncoded = { $n } uden kode
workshop-notes = Sedler
workshop-add-group-first = Tilføj en gruppe med g, og skriv så sedler med a.
workshop-no-note = Ingen seddel endnu: a åbner indtastningslinjen.
workshop-arrived-below = { $n ->
    [one] { $n } ny nedenfor
   *[other] { $n } nye nedenfor
} — { $key }
workshop-note = Seddel
workshop-suggested = Foreslået
workshop-s-accepts = s accepterer
workshop-not-coded = ikke kodet
workshop-unknown-family = ukendt familie `{ $family }` (bevaret, som den er)
workshop-family = Familie
workshop-question-label = Spørgsmål
workshop-no-coder = ingen koder
coder-asked = Hvem skriver sedlerne? Skriv dit navn og tryk Enter.
coder-set = Sedlerne skrives af { $name }.
coder-needed = En sedel gemmes med navnet på den, der skrev den: ingen sedel blev tilføjet.
capture-edit = Redigér sedlen · Enter gemmer · Esc annullerer
capture-new = Ny seddel · { $group } · { $question } · Enter tilføjer · Esc lukker
capture-pasted = { $n } linjer indsat. Enter: tilføj dem som { $n } sedler · Ctrl-j: saml til én linje · Esc: kassér

## The profile screen (tui/view/profile.rs).
profile-title = Profil
profile-all-questions = alle spørgsmål
profile-participants = { $n ->
    [one] { $n } deltager
   *[other] { $n } deltagere
}
profile-coded = { $n ->
    [one] { $n } kodet
   *[other] { $n } kodede
}
# The column of a family's share of the group's coded notes (5 columns at most).
profile-share = andel
profile-apart = Ikke med i andelene: { $uncoded } uden kode
profile-apart-unknown = , { $n } med en familie, som denne referenceramme ikke kender
profile-no-group = Ingen gruppe endnu.
profile-session = Møde
profile-readings = samlet: { $coded ->
    [one] { $coded } kodet seddel
   *[other] { $coded } kodede sedler
} · gruppegennemsnit af { $groups ->
    [one] { $groups } gruppe
   *[other] { $groups } grupper
}
profile-pooled = samlet
profile-group-mean = gruppegennemsnit

## What the workshop says on the status line (tui/workshop.rs).
workshop-came-back = Tilbage, hvor du var: { $group }, spørgsmål { $at }/{ $n } { $question }.
workshop-read-only-undo = Skrivebeskyttet: intet at fortryde.
workshop-nothing-to-undo = Intet at fortryde.
workshop-undone = Fortrudt: { $what }.
workshop-nothing-to-redo = Intet at gentage.
workshop-redone = Gentaget: { $what }.
workshop-history-cut = Det, der blev indlæst fra filen på disken, ændrede det, som dette trin rørte ved, så det kan hverken fortrydes eller gentages: fortrydelseshistorikken begynder forfra herfra.
workshop-no-such-key = Ingen { -family } har tasten { $key }.
workshop-other-framework = Dette møde er kodet med referencerammen `{ $framework }`: åbn det med den referenceramme (--framework FILE) for at kode.
workshop-unknown-family-short = ukendt familie `{ $family }`
workshop-recoded = Kodet om: { $before } → { $after } · u fortryder.
workshop-coded = Kodet: { $family }.
workshop-no-suggestion = Intet forslag til denne seddel.
workshop-coded-as-suggested = Kodet: { $family }, som foreslået ({ $why }).
workshop-coded-suggested-other = Kodet: { $family }; forslag: { $suggested } ({ $why }). s igen koder om.
workshop-add-group = Tilføj først en { -group } (g).
workshop-all-coded = Alle gruppens sedler er kodet.
workshop-first-uncoded = Første seddel uden kode: { $n } uden kode i denne gruppe.
workshop-no-note-selected = Ingen seddel valgt.
workshop-deleted = Sedlen er slettet (u henter den tilbage).
workshop-deleted-unlinked = Sedlen er slettet; { $n ->
    [one] handlingen
   *[other] handlingerne
} { $actions } linker ikke længere til den (u henter begge tilbage).
workshop-now-collecting = Nu indsamles: { $question }.
workshop-group-needs-name = En gruppe skal have et navn.
workshop-group-exists = Der findes allerede en gruppe ved navn { $name }.
workshop-group-added = Gruppen { $name } er tilføjet. n angiver, hvor mange der deltager; a skriver dens første seddel.
workshop-no-group-selected = Ingen gruppe valgt.
workshop-no-group-to-rename = Ingen gruppe at omdøbe.
workshop-group-renamed = Gruppen er omdøbt til { $name }.
workshop-not-participants = `{ $text }` er ikke et antal deltagere.
workshop-participants = { $n ->
    [one] { $n } deltager.
   *[other] { $n } deltagere.
}
workshop-participants-cleared = Antallet af deltagere er fjernet.
# The session's language changed (L): its labels, its exports.
workshop-language = Mødets sprog: { $language } (dets resumé og eksport).
compare-language = Etiketter på { $language }.
workshop-moved-group = Flyttet til gruppen { $group }.
workshop-moved-question = Flyttet til spørgsmålet { $question }.
workshop-not-exported = Ikke eksporteret: { $why }
workshop-exported = { $format } eksporteret: { $file } ({ $kb } kB).
workshop-lock-freed = Den anden { -app } har sluppet dette møde: Ctrl-s skriver det her (det læses igen fra sin fil).
workshop-came-in = Indlæst fra filen på disken: { $what }.
workshop-merged-copy = En synkroniseringstjenestes konfliktkopi er flettet ind ({ $file }): { $what }.
workshop-changed-unreadable = Filen er ændret af et andet program og kan ikke læses som et møde: der skrives ikke over den. W gemmer denne version i en anden fil.
workshop-already-saved = Allerede gemt: intet er ændret siden.
workshop-saved-now = Gemt.
workshop-writable-now = Mødet kan nu skrives her: det er læst igen fra sin fil; det, du ændrer, bliver gemt.
workshop-still-held = Skrivebeskyttet: { $why }; intet gemmes her. Ctrl-s skriver her, når det er lukket dér.
workshop-saved-to = Gemt i { $file }; mødet ligger nu dér.
workshop-not-a-file = Dette møde er ikke gemt i en fil.

## The capture line (tui/screen/capture.rs).
capture-read-only-add = Skrivebeskyttet: der kan ikke tilføjes sedler her.
capture-read-only-edit = Skrivebeskyttet: sedler kan ikke redigeres her.
capture-paste-dropped = Indsættelsen er kasseret.
capture-empty-edit = En seddel kan ikke være tom (d sletter den).
capture-edited = Sedlen er redigeret.
capture-empty = Tom seddel: intet tilføjet.
capture-type-first = Skriv først en seddel: Alt og familiens tal tilføjer den, kodet.
capture-coded-last = Den netop tilføjede seddel er kodet: { $family }.
capture-added-coded = Tilføjet, kodet: { $family }.
capture-pasted-status = { $n } linjer indsat: Enter tilføjer { $n } sedler, Ctrl-j samler dem på linjen, Esc kasserer indsættelsen.
capture-added-paste = { $n } sedler tilføjet fra indsættelsen (u fortryder dem på én gang).
workshop-save-as-read-only = Skrivebeskyttet: { $why }; gem det et andet sted fra det vindue, der skriver det.
workshop-export-nowhere = Dette møde er ikke gemt i en fil: der er intet sted ved siden af det at eksportere til.

## The app as a whole (tui/app.rs).
app-read-only = Skrivebeskyttet: { $why }. Ændringer er slået fra.
app-other-framework = Dette møde blev kodet med referencerammen `{ $session }`; det vises med `{ $framework }`.
app-quit-anyway = { $why } Tryk q igen for at afslutte alligevel.
app-closed-back = { $file } er lukket; tilbage til området.
app-back = Tilbage til området.
app-closed-back-to-list = { $file } er lukket; tilbage til mødelisten.
app-back-to-list = Tilbage til mødelisten.
app-needs-title = Et møde skal have en titel.
app-created = { $file } er oprettet. Dets oplysninger: Enter redigerer en, Esc når du er færdig; derefter tilføjer g en gruppe.
app-made = { $file } er oprettet: { $what } { $progress }
finder-nothing = Intet passer.

# A label before its value ("Family:"; French puts a no-break space before the colon).
label = { $label }:
finder-move-group = gruppe: { $name }
finder-move-question = spørgsmål: { $name }
workshop-uncoded-now = Koden er fjernet.
