## Hjälp: vad varje tangent gör, efter var den trycks (tui/keymap.rs).
## Ids: key-<where>-<what>.

# Lista
key-list-up = föregående träff
key-list-down = nästa träff
key-list-open = öppna den valda träffen
key-list-filter = filtrera listan (ungefärlig sökning, medan du skriver)
key-list-new-session = ny träff (frågar efter titel)
key-list-back = rensa filtret
key-list-mark = markera den valda träffen för jämförelse
key-list-compare = jämför de markerade träffarna (eller den valda): grupperna sida vid sida, testade
key-list-merge-sessions = slå ihop de markerade träffarna (samtalsledarnas filer) till en ny; konflikter skrivs bredvid den
key-list-reconcile = stäm av de två markerade kodningarna av en träff (gör en ny fil bredvid den första)
key-list-help = hjälp
key-list-quit = avsluta

# Workshop
key-workshop-capture = skriv in lappar: skriv, Enter lägger till och håller raden öppen, Esc stänger
key-workshop-code = koda den valda lappen i familj 1–8 (gå sedan till nästa okodade lapp nedanför)
key-workshop-uncode = ta bort kodningen av den valda lappen
key-workshop-accept-suggestion = godta den föreslagna familjen (en kodad lapp: visa dess förslag; s igen kodar om)
key-workshop-pick-component = välj en familj eller komponent (ungefärlig sökning, alla språk)
key-workshop-next-question = nästa fråga (nya lappar får den aktuella frågan)
key-workshop-prev-question = föregående fråga
key-workshop-up = föregående lapp
key-workshop-down = nästa lapp
key-workshop-prev-group = föregående grupp
key-workshop-next-group = nästa grupp
key-workshop-page-up = en sida upp
key-workshop-page-down = en sida ned
key-workshop-top = första lappen
key-workshop-bottom = sista lappen
key-workshop-first-uncoded = gå till gruppens första okodade lapp
key-workshop-details = träffens uppgifter: titel, plats, datum, samtalsledare, språk, frågor, gruppens beskrivning och deltagare
key-workshop-edit = redigera den valda lappen
key-workshop-delete = ta bort den valda lappen (u tar tillbaka den)
key-workshop-move = flytta den valda lappen till en annan grupp eller fråga
key-workshop-new-group = lägg till en grupp
key-workshop-rename-group = byt namn på den valda gruppen
key-workshop-participants = ange gruppens antal deltagare
key-workshop-language = träffens nästa språk (en, sv, da, fr), för dess sammanfattning och export
key-workshop-undo = ångra
key-workshop-redo = gör om
key-workshop-save = spara nu (sker automatiskt efter varje ändring); om ett annat program har ändrat filen: skriv över den
key-workshop-profile = gruppens och träffens profil
key-workshop-compare = jämför träffens grupper: tabell, residualer, chi-två, avstånd
key-workshop-synthesis = syntes: slå ihop lappar som säger samma sak till kriterier
key-workshop-actions = åtgärder i samansvar: vad området gör tillsammans som svar på det grupperna sa
key-workshop-link-to-action = koppla den valda lappen till en åtgärd (en väljare bland sessionens åtgärder; Enter kopplar)
key-workshop-save-as = spara träffen i en annan fil (den ligger sedan där)
key-workshop-reconcile = stäm av: gå igenom lapparna som två kodare är oeniga om
key-workshop-export = exportera: sammanställning, Markdown, kalkylblad, REFI-QDA (skrivs bredvid träffen)
key-workshop-search = sök bland alla lappar i träffen
key-workshop-help = hjälp
key-workshop-back = rensa meddelandet
key-workshop-quit = avsluta, eller tillbaka till listan eller området träffen öppnades från (allt är redan sparat)

# Profil
key-profile-prev-group = föregående grupp
key-profile-next-group = nästa grupp
key-profile-next-question = staplar för nästa fråga (eller alla)
key-profile-language = nästa språk
key-profile-help = hjälp
key-profile-back = tillbaka till workshopen
key-profile-quit = avsluta
key-profile-actions = åtgärderna i samansvar (och de familjer som nämndes mest men som ingen åtgärd svarar på än)

# Åtgärder i samansvar
key-actions-up = föregående åtgärd
key-actions-down = nästa åtgärd
key-actions-edit = den valda åtgärdens formulär: varje rad redigeras för sig
key-actions-new = en ny åtgärd (dess titel efterfrågas)
key-actions-report = en daterad lägesrapport om den valda åtgärden (i dag, av den som skriver lapparna)
key-actions-delete = ta bort den valda åtgärden (u tar tillbaka den)
key-actions-page-up = rulla detaljerna uppåt
key-actions-page-down = rulla detaljerna nedåt
key-actions-undo = ångra
key-actions-redo = gör om
key-actions-language = nästa språk
key-actions-help = hjälp
key-actions-back = tillbaka till workshopen
key-actions-quit = avsluta

# En åtgärds formulär
key-action-form-up = föregående rad
key-action-form-down = nästa rad
key-action-form-submit = redigera raden (status: nästa; en +-rad: lägg till)
key-action-form-delete = ta bort den valda aktören, familjen eller öppna frågan
key-action-form-undo = ångra
key-action-form-redo = gör om
key-action-form-back = stäng formuläret

# Jämförelse
key-compare-up = rulla upp
key-compare-down = rulla ned
key-compare-toggle-shares = antal eller andelar
key-compare-next-question = nästa fråga (eller alla)
key-compare-toggle-by = jämför grupper eller hela träffar
key-compare-language = nästa språk
key-compare-help = hjälp
key-compare-back = tillbaka
key-compare-quit = avsluta

# Syntes
key-synthesis-prev-group = föregående familj
key-synthesis-next-group = nästa familj
key-synthesis-code = gå till familj 1–8
key-synthesis-up = föregående kriterium eller lapp
key-synthesis-down = nästa kriterium eller lapp
key-synthesis-page-up = en sida upp
key-synthesis-page-down = en sida ned
key-synthesis-top = första
key-synthesis-bottom = sista
key-synthesis-switch-pane = växla mellan kriterierna och deras lappar
key-synthesis-mark = markera eller avmarkera lappen (liknande lappar får ≈)
key-synthesis-next-similar = gå till nästa liknande lapp (≈)
key-synthesis-merge = slå ihop de markerade lapparna under en ny formulering (från ett kriterium: bryt ut dem)
key-synthesis-add-to-criterion = lägg till de markerade lapparna i det valda kriteriet
key-synthesis-take-out = ta ut de markerade (eller den valda) lapparna ur deras kriterium
key-synthesis-reword = formulera om det valda kriteriet
key-synthesis-dissolve = lös upp det valda kriteriet (lapparna finns kvar, inte ihopslagna)
key-synthesis-undo = ångra
key-synthesis-redo = gör om
key-synthesis-language = nästa språk
key-synthesis-help = hjälp
key-synthesis-back = rensa markeringarna, eller tillbaka till workshopen
key-synthesis-quit = avsluta

# Avstämning
key-reconcile-down = nästa oenighet
key-reconcile-up = föregående oenighet
key-reconcile-take-first = ta den första kodarens familj
key-reconcile-take-second = ta den andra kodarens familj
key-reconcile-accept-suggestion = ta den föreslagna familjen
key-reconcile-code = välj en annan familj, 1–8
key-reconcile-next-similar = nästa lapp som inte är avgjord än
key-reconcile-undo = ångra
key-reconcile-redo = gör om
key-reconcile-help = hjälp
key-reconcile-back = tillbaka till workshopen (besluten sparas direkt)
key-reconcile-quit = avsluta

# Meny
key-menu-up = föregående format
key-menu-down = nästa format
key-menu-submit = exportera i det valda formatet
key-menu-cancel = stäng

# Sökning
key-finder-up = föregående resultat
key-finder-down = nästa resultat
key-finder-submit = välj det markerade resultatet
key-finder-cancel = stäng

# Inmatningsrad
key-capture-submit = lägg till lappen, okodad (raden förblir öppen)
key-capture-add-and-code = lägg till lappen kodad i den familjen (på en tom rad: koda lappen som just lades till); raden förblir öppen
key-capture-next-question = nästa fråga (följande lappar får den)
key-capture-prev-question = föregående fråga
key-capture-cancel = stäng raden (väljer den senast tillagda lappen)
key-capture-join-paste = efter inklistring av flera rader: slå ihop raderna till en lapp

# Projektor
key-projector-prev-group = föregående grupp
key-projector-next-group = nästa grupp
key-projector-next-question = en fråga, nästa, eller alla
key-projector-follow = gå dit { -facilitator(form: "def") } är, och följ igen (att flytta för hand håller kvar visningen)
key-projector-quit = avsluta

# Område
key-territory-up = föregående träff
key-territory-down = nästa träff
key-territory-page-up = tio träffar upp
key-territory-page-down = tio träffar ned
key-territory-open = öppna träffen (q stänger den och går tillbaka hit)
key-territory-compare = löpande jämförelse av alla grupper i området
key-territory-help = hjälp
key-territory-quit = avsluta

# Uppgifter
key-details-up = föregående uppgift
key-details-down = nästa uppgift
key-details-submit = redigera uppgiften (Enter igen genomför ändringen; språket byts till nästa)
key-details-move-up = flytta upp frågan (så länge ingen lapp svarar på den eller den ovanför)
key-details-move-down = flytta ned frågan
key-details-back = stäng formuläret

# Textfält
key-text-line-submit = bekräfta
key-text-line-cancel = avbryt

# Hjälp
key-help-up = rulla upp
key-help-down = rulla ned
key-help-page-up = en sida upp
key-help-page-down = en sida ned
key-help-top = till början
key-help-bottom = till slutet
key-help-back = stäng hjälpen

## Var tangenterna trycks: rubrikerna i hjälpen.
context-list = Träffar
context-workshop = Lappar och kodning
context-profile = Profil
context-compare = Jämförelse
context-synthesis = Syntes
context-menu = Exportmeny
context-reconcile = Stäm av två kodningar
context-finder = Sökning, väljare och filter
context-capture = Inmatningsrad
context-text-line = Textfält
context-details = Träffens uppgifter
context-projector = Projektorvy
context-territory = Område (en mapp)
context-actions = Åtgärder i samansvar
context-action-form = En åtgärds formulär
context-help = Hjälp

help-title = Hjälp · ↑↓ rulla · Esc stänger
help-text-lines = I textfält fungerar även ←/→, Home/End, Ctrl-a/e, Ctrl-w (ord), Ctrl-u (rad). Ctrl-c avslutar överallt.
help-rules = Kodningsregler (SPIRAL)
## SPIRAL:s regler för att koda en lapp (shared/method.md).
help-rule-1 = Utgå från den uttryckliga innebörden, utan att övertolka eller lägga till egna kulturella referenser.
help-rule-2 = Identifiera syftet: vem som handlar, och för vem.
help-rule-3 = Tänk på vilken fråga den svarar på.
help-rule-4 = Välj först { -family(form: "def") }, sedan { -component(form: "def") }.
help-rule-5 = Vid tvekan, välj den mer allmänna { -component(form: "def") }.
help-keys-file = Dina tangenter: { $file } ändrar { $n ->
    [one] { $n } tangent
   *[other] { $n } tangenter
} (visas nedan).
help-keys-none = Dina tangenter: en tangentfil { $file } kan ändra vilken tangent som helst nedan (se README).
help-keys-refused = Dina tangenter: { $file } godtogs inte (statusraden sa varför när { -app } startade); tangenterna nedan är de som följer med.

## Key names on screen (tui/keymap.rs, key_name_in): as a keyboard of
## the language prints them; a keymap file keeps the English names.

key-name-space = Mellanslag
key-name-ctrl = Ctrl
key-name-shift-tab = Skift-Tab
key-name-page-up = PgUp
key-name-page-down = PgDn
key-name-home = Home
key-name-end = End

## The printable key card (`spiral keys`, tui/keycard.rs).

keycard-title = { -app } — tangenter för träffen
keycard-keys-shipped = Tangenterna som följer med.
keycard-keys-yours = Dina tangenter: { $file } ändrar { $n ->
    [one] { $n } tangent
   *[other] { $n } tangenter
}.
keycard-keys-refused = Tangenterna som följer med: din tangentfil { $file } godtogs inte, och { -app } använder dessa så länge.
keycard-capture = Skriv in och koda
keycard-move = Förflytta dig
keycard-edit = Redigera och ångra
keycard-look = Sök, analysera, exportera
keycard-wall = Väggen (projektorn)
keycard-wall-intro = { -app } FIL --view öppnar väggen: gruppens lappar efter familj, live och skrivskyddat, och följer { -facilitator(form: "def") }.
keycard-end = Spara, hjälp, avsluta
keycard-more = Alla tangenter i alla vyer finns i { -app }s hjälp:
