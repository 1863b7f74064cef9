## Help: what each key does, by where it is pressed (tui/keymap.rs).
## Ids: key-<where>-<what>.

# List
key-list-up = forrige møde
key-list-down = næste møde
key-list-open = åbn det valgte møde
key-list-filter = filtrér listen (omtrentlig søgning, mens du skriver)
key-list-new-session = nyt møde (beder om en titel)
key-list-back = ryd filteret
key-list-mark = markér det valgte møde til sammenligning
key-list-compare = sammenlign de markerede møder (eller det valgte): grupperne side om side, testet
key-list-merge-sessions = flet de markerede møder (mødeledernes filer) til et nyt; konflikter skrives ved siden af det
key-list-reconcile = afstem de to markerede kodninger af et møde (laver en ny fil ved siden af den første)
key-list-help = hjælp
key-list-quit = afslut

# Workshop
key-workshop-capture = indtast sedler: skriv, Enter tilføjer og holder linjen åben, Esc lukker
key-workshop-code = kod den valgte seddel i familie 1–8 (og gå videre til næste seddel uden kode nedenfor)
key-workshop-uncode = fjern koden fra den valgte seddel
key-workshop-accept-suggestion = acceptér den foreslåede familie (en kodet seddel: vis dens forslag; s igen koder om)
key-workshop-pick-component = vælg en familie eller komponent (omtrentlig søgning, alle sprog)
key-workshop-next-question = næste spørgsmål (nye sedler får det aktuelle spørgsmål)
key-workshop-prev-question = forrige spørgsmål
key-workshop-up = forrige seddel
key-workshop-down = næste seddel
key-workshop-prev-group = forrige gruppe
key-workshop-next-group = næste gruppe
key-workshop-page-up = en side op
key-workshop-page-down = en side ned
key-workshop-top = første seddel
key-workshop-bottom = sidste seddel
key-workshop-first-uncoded = gå til gruppens første seddel uden kode
key-workshop-details = mødets oplysninger: titel, sted, dato, mødeledere, sprog, spørgsmål, gruppens beskrivelse og deltagere
key-workshop-edit = redigér den valgte seddel
key-workshop-delete = slet den valgte seddel (u henter den tilbage)
key-workshop-move = flyt den valgte seddel til en anden gruppe eller et andet spørgsmål
key-workshop-new-group = tilføj en gruppe
key-workshop-rename-group = omdøb den valgte gruppe
key-workshop-participants = angiv gruppens antal deltagere
key-workshop-language = mødets næste sprog (en, sv, da, fr), til dets resumé og eksport
key-workshop-undo = fortryd
key-workshop-redo = annullér fortryd
key-workshop-save = gem nu (det sker automatisk efter hver ændring); når et andet program har ændret filen: overskriv den
key-workshop-profile = gruppens og mødets profil
key-workshop-compare = sammenlign mødets grupper: tabel, residualer, chi-i-anden, afstande
key-workshop-synthesis = syntese: slå sedler, der siger det samme, sammen til kriterier
key-workshop-actions = tiltag i fællesansvar: hvad området gør sammen som svar på det, grupperne sagde
key-workshop-link-to-action = knyt den valgte seddel til et tiltag (en vælger blandt sessionens tiltag; Enter knytter)
key-workshop-save-as = gem mødet i en anden fil (det ligger derefter dér)
key-workshop-reconcile = afstem: gå de sedler igennem, som to kodere er uenige om
key-workshop-export = eksportér: sammenfatningsside, Markdown, regneark, REFI-QDA (skrives ved siden af mødefilen)
key-workshop-search = søg i alle mødets sedler
key-workshop-help = hjælp
key-workshop-back = ryd beskeden
key-workshop-quit = afslut, eller tilbage til mødelisten eller området mødet blev åbnet fra (alt er allerede gemt)

# Profile
key-profile-prev-group = forrige gruppe
key-profile-next-group = næste gruppe
key-profile-next-question = søjler for næste spørgsmål (eller alle)
key-profile-language = næste sprog
key-profile-help = hjælp
key-profile-back = tilbage til workshoppen
key-profile-quit = afslut
key-profile-actions = tiltagene i fællesansvar (og de familier, der blev nævnt mest, men som intet tiltag svarer på endnu)

# Tiltag i fællesansvar
key-actions-up = forrige tiltag
key-actions-down = næste tiltag
key-actions-edit = det valgte tiltags formular: hver linje redigeres for sig
key-actions-new = et nyt tiltag (dets titel efterspørges)
key-actions-report = en dateret statusrapport om det valgte tiltag (i dag, af den, der skriver sedlerne)
key-actions-delete = fjern det valgte tiltag (u henter det tilbage)
key-actions-page-up = rul detaljerne op
key-actions-page-down = rul detaljerne ned
key-actions-undo = fortryd
key-actions-redo = gentag
key-actions-language = næste sprog
key-actions-help = hjælp
key-actions-back = tilbage til workshoppen
key-actions-quit = afslut

# Et tiltags formular
key-action-form-up = forrige linje
key-action-form-down = næste linje
key-action-form-submit = redigér linjen (status: den næste; en +-linje: tilføj)
key-action-form-delete = fjern den valgte aktør, familie eller åbne spørgsmål
key-action-form-undo = fortryd
key-action-form-redo = gentag
key-action-form-back = luk formularen

# Compare
key-compare-up = rul op
key-compare-down = rul ned
key-compare-toggle-shares = antal eller andele
key-compare-next-question = næste spørgsmål (eller alle)
key-compare-toggle-by = sammenlign grupper eller hele møder
key-compare-language = næste sprog
key-compare-help = hjælp
key-compare-back = tilbage
key-compare-quit = afslut

# Synthesis
key-synthesis-prev-group = forrige familie
key-synthesis-next-group = næste familie
key-synthesis-code = gå til familie 1–8
key-synthesis-up = forrige kriterium eller seddel
key-synthesis-down = næste kriterium eller seddel
key-synthesis-page-up = en side op
key-synthesis-page-down = en side ned
key-synthesis-top = første
key-synthesis-bottom = sidste
key-synthesis-switch-pane = skift mellem kriterierne og deres sedler
key-synthesis-mark = markér sedlen eller fjern markeringen (lignende sedler får ≈)
key-synthesis-next-similar = gå til næste lignende seddel (≈)
key-synthesis-merge = slå de markerede sedler sammen under en ny formulering (fra et kriterium: skil dem ud)
key-synthesis-add-to-criterion = føj de markerede sedler til det valgte kriterium
key-synthesis-take-out = tag de markerede sedler (eller den valgte) ud af deres kriterium
key-synthesis-reword = omformulér det valgte kriterium
key-synthesis-dissolve = opløs det valgte kriterium (dets sedler bliver, men ikke slået sammen)
key-synthesis-undo = fortryd
key-synthesis-redo = annullér fortryd
key-synthesis-language = næste sprog
key-synthesis-help = hjælp
key-synthesis-back = ryd markeringerne, eller tilbage til workshoppen
key-synthesis-quit = afslut

# Reconcile
key-reconcile-down = næste uenighed
key-reconcile-up = forrige uenighed
key-reconcile-take-first = tag den første koders familie
key-reconcile-take-second = tag den anden koders familie
key-reconcile-accept-suggestion = tag den foreslåede familie
key-reconcile-code = vælg en anden familie, 1–8
key-reconcile-next-similar = næste seddel, der ikke er afgjort endnu
key-reconcile-undo = fortryd
key-reconcile-redo = annullér fortryd
key-reconcile-help = hjælp
key-reconcile-back = tilbage til workshoppen (afgørelserne gemmes, efterhånden som de træffes)
key-reconcile-quit = afslut

# Menu
key-menu-up = forrige format
key-menu-down = næste format
key-menu-submit = eksportér i det valgte format
key-menu-cancel = luk

# Finder
key-finder-up = forrige resultat
key-finder-down = næste resultat
key-finder-submit = tag det valgte resultat
key-finder-cancel = luk

# Capture
key-capture-submit = tilføj sedlen uden kode (linjen forbliver åben)
key-capture-add-and-code = tilføj sedlen kodet i den familie (på en tom linje: kod den seddel, der lige blev tilføjet); linjen forbliver åben
key-capture-next-question = næste spørgsmål (de næste sedler får det)
key-capture-prev-question = forrige spørgsmål
key-capture-cancel = luk linjen (vælger den senest tilføjede seddel)
key-capture-join-paste = efter indsættelse af flere linjer: saml linjerne til én seddel

# Projector
key-projector-prev-group = forrige gruppe
key-projector-next-group = næste gruppe
key-projector-next-question = ét spørgsmål, det næste, eller dem alle
key-projector-follow = gå derhen hvor { -facilitator(form: "def") } er, og følg igen (at flytte i hånden holder visningen)
key-projector-quit = afslut

# Territory
key-territory-up = forrige møde
key-territory-down = næste møde
key-territory-page-up = ti møder op
key-territory-page-down = ti møder ned
key-territory-open = åbn mødet (q lukker det og vender tilbage hertil)
key-territory-compare = den løbende sammenligning af alle områdets grupper
key-territory-help = hjælp
key-territory-quit = afslut

# Details
key-details-up = forrige oplysning
key-details-down = næste oplysning
key-details-submit = redigér oplysningen (Enter igen gennemfører ændringen; sproget skifter til det næste)
key-details-move-up = flyt spørgsmålet op (så længe ingen seddel svarer på det eller på det ovenover)
key-details-move-down = flyt spørgsmålet ned
key-details-back = luk formularen

# TextLine
key-text-line-submit = bekræft
key-text-line-cancel = annullér

# Help
key-help-up = rul op
key-help-down = rul ned
key-help-page-up = en side op
key-help-page-down = en side ned
key-help-top = til toppen
key-help-bottom = til slutningen
key-help-back = luk hjælpen

## Where keys are pressed: the headings of help.
context-list = Mødeliste
context-workshop = Sedler og kodning
context-profile = Profil
context-compare = Sammenligning
context-synthesis = Syntese
context-menu = Eksportmenu
context-reconcile = Afstem to kodninger
context-finder = Søgning, valg og filter
context-capture = Indtastningslinje
context-text-line = Indtastningsfelter
context-details = Mødeoplysninger
context-projector = Projektorvisning
context-territory = Område (en mappe)
context-actions = Tiltag i fællesansvar
context-action-form = Et tiltags formular
context-help = Hjælp

help-title = Hjælp · ↑↓ rul · Esc lukker
help-text-lines = Tekstlinjer kan også bruge ←/→, Home/End, Ctrl-a/e, Ctrl-w (ord), Ctrl-u (linje). Ctrl-c afslutter overalt.
help-rules = Kodningsregler (SPIRAL)
## SPIRAL's rules for assigning a note (shared/method.md).
help-rule-1 = Tag den udtrykkelige betydning uden at overfortolke eller tilføje dine egne kulturelle referencer.
help-rule-2 = Find formålet: hvem handler, og for hvem.
help-rule-3 = Overvej, hvilket spørgsmål sedlen svarer på.
help-rule-4 = Tildel først { -family(form: "def") }, derefter { -component(form: "def") }.
help-rule-5 = Er du i tvivl, så tildel den mere generelle { -component }.
help-keys-file = Dine taster: { $file } ændrer { $n ->
    [one] { $n } binding
   *[other] { $n } bindinger
} (vist nedenfor).
help-keys-none = Dine taster: en tastefil { $file } kan ændre enhver binding nedenfor (se README).
help-keys-refused = Dine taster: { $file } blev afvist (statuslinjen sagde hvorfor, da { -app } startede); tasterne nedenfor er dem, der følger med.

## Key names on screen (tui/keymap.rs, key_name_in): as a keyboard of
## the language prints them; a keymap file keeps the English names.

key-name-space = Mellemrum
key-name-ctrl = Ctrl
key-name-shift-tab = Skift-Tab
key-name-page-up = PgUp
key-name-page-down = PgDn
key-name-home = Home
key-name-end = End

## The printable key card (`spiral keys`, tui/keycard.rs).

keycard-title = { -app } — taster til mødet
keycard-keys-shipped = Tasterne, som de følger med.
keycard-keys-yours = Dine taster: { $file } ændrer { $n ->
    [one] { $n } binding
   *[other] { $n } bindinger
}.
keycard-keys-refused = Tasterne, som de følger med: din tastefil { $file } blev afvist, og { -app } bruger disse imens.
keycard-capture = Skriv ind og kod
keycard-move = Flyt rundt
keycard-edit = Ret og fortryd
keycard-look = Søg, analysér, eksportér
keycard-wall = Væggen (projektoren)
keycard-wall-intro = { -app } FIL --view åbner væggen: gruppens sedler efter familie, live og skrivebeskyttet, og følger { -facilitator(form: "def") }.
keycard-end = Gem, hjælp, afslut
keycard-more = Alle taster i alle visninger står i { -app }s hjælp:
