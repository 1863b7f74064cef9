## Analysskärmarna: jämförelse, syntes, avstämning, område,
## projektor, formuläret för träffens uppgifter (tui/view/, tui/).
## Jämförelsen (tui/view/compare.rs, tui/compare.rs).
compare-all-questions = alla frågor
compare-shares = andelar
compare-counts = antal
compare-title = Jämförelse
compare-groups = { $n ->
    [one] { $n } grupp
   *[other] { $n } grupper
}
compare-sessions = { $n ->
    [one] { $n } träff
   *[other] { $n } träffar
}
compare-coded = { $n ->
    [one] { $n } kodad lapp
   *[other] { $n } kodade lappar
}
# Kolumnen med varje rads kodade lappar (högst 7 tecken).
compare-coded-column = kodade
compare-nothing = Ingen kodad lapp att jämföra än.
compare-rows = rader { $from }–{ $to } av { $all } (↑↓)
compare-marks = + / − märkbart oftare / mer sällan än de andra (justerad residual utanför ±{ $limit })
compare-test = χ² = { $chi2 }, { $dof ->
    [one] { $dof } frihetsgrad
   *[other] { $dof } frihetsgrader
}, p { $p }, Cramérs V = { $v }
compare-test-title = Test för homogenitet
compare-distance-title = Avstånd från sammanslaget
compare-one-session = En träff: dess grupper jämförs (markera flera träffar i listan för att jämföra träffar).

## Syntesen (tui/view/synthesis.rs, tui/screen/synthesis.rs).
synthesis-title = Syntes
synthesis-hold = { $criteria ->
    [one] { $criteria } kriterium samlar
   *[other] { $criteria } kriterier samlar
} { $notes ->
    [one] { $notes } lapp
   *[other] { $notes } lappar
}
synthesis-not-merged-count = { $n ->
    [one] { $n } inte ihopslagen
   *[other] { $n } inte ihopslagna
}
synthesis-marked = { $n ->
    [one] { $n } markerad
   *[other] { $n } markerade
}
synthesis-criteria = Kriterier
synthesis-not-merged = Inte ihopslagna
# Ett kriteriums formulering, inom språkets citattecken.
synthesis-quoted = ”{ $wording }”
synthesis-similar = { $n } liknande ≈ (n)
synthesis-criterion-empty = Ingen lapp kvar i det här kriteriet: d löser upp det, u ångrar.
synthesis-family-empty = Ingen kodad lapp i den här familjen än. Koda lappar i workshopen och slå sedan ihop dem här.
synthesis-all-merged = Alla lappar i den här familjen hör till ett kriterium.
synthesis-marks-for-notes = Markeringar gäller lappar: Tab går till lapparna.
synthesis-no-note = Ingen lapp här.
synthesis-none-marked = Ingen lapp markerad.
synthesis-marked-now = { $n ->
    [one] { $n } markerad.
   *[other] { $n } markerade.
}
synthesis-marked-similar = { $n ->
    [one] { $n } markerad
   *[other] { $n } markerade
} · { $similar } liknande (≈, n går till nästa).
synthesis-no-similar = Ingen liknande lapp: markera en lapp först.
synthesis-mark-first = Markera lappar först (Space).
synthesis-marked-gone = En markerad lapp finns inte längre.
synthesis-split = Bröt ut { $n ->
    [one] { $n } lapp
   *[other] { $n } lappar
} under ”{ $wording }”.
synthesis-merged = Slog ihop { $n ->
    [one] { $n } lapp
   *[other] { $n } lappar
} under ”{ $wording }”.
synthesis-select-to-add = Välj ett kriterium till vänster (Tab, ↑↓), sedan lägger a till de markerade lapparna i det.
synthesis-added = Lade till { $n ->
    [one] { $n } lapp
   *[other] { $n } lappar
} i ”{ $wording }”.
synthesis-mark-to-take-out = Markera lapparna som ska tas ut (Space).
synthesis-taken-out = { $n ->
    [one] { $n } lapp togs ut ur sitt kriterium.
   *[other] { $n } lappar togs ut ur sitt kriterium.
}
synthesis-select-to-reword = Välj ett kriterium till vänster för att formulera om det.
synthesis-no-criterion = Inget kriterium valt.
synthesis-reworded = Omformulerat.
synthesis-select-to-dissolve = Välj ett kriterium till vänster för att lösa upp det.
synthesis-dissolved = Löste upp ”{ $wording }”: dess lappar är inte längre ihopslagna (u ångrar).

## Avstämning av två kodningar (tui/view/reconcile.rs, tui/screen/reconcile.rs).
reconcile-title = Avstämning
reconcile-disagreements = { $n ->
    [one] { $n } oenighet
   *[other] { $n } oenigheter
}
reconcile-the-note = Lappen
reconcile-uncoded = okodad
reconcile-suggested = förslag
reconcile-no-suggestion = inget förslag
reconcile-decided = Avgjord
reconcile-by = av { $who }
reconcile-open = Inte avgjord än: a, b, s eller 1–8 för en annan familj.
reconcile-agree = Kodarna är eniga om varje lapp: inget att stämma av.
reconcile-nothing = Inget att stämma av här: markera två kodningar av en träff i listan över träffar (Space) och tryck R.
reconcile-all-decided = { $n ->
    [one] Oenigheten är avgjord.
   *[other] Alla { $n } oenigheter är avgjorda.
}
reconcile-decided-of = { $done } av { $n ->
    [one] { $n } oenighet avgjord.
   *[other] { $n } oenigheter avgjorda.
}
reconcile-no-codings = Den här lappen har inga kodningar att stämma av.
reconcile-decided-now = Avgjord: { $family }. { $progress }

## Projektorvyn (tui/view/projector.rs, tui/screen/projector.rs).
projector-every-question = alla frågor
projector-not-coded = Inte kodade än
projector-earlier = { $n } tidigare
projector-showing = Visar: { $question }.
projector-showing-all = Visar alla frågor.
projector-follows = följer { -facilitator(form: "def") }
projector-held = hålls här — { $key } följer
projector-following-again = Följer { -facilitator(form: "def") } igen.

## En mapp för ett område (tui/view/territory.rs, tui/territory.rs).
territory-header = { -app } · område
territory-coded-live = { $share } kodade · i realtid
territory-copies-waiting = { $n ->
    [one] { $n } konfliktkopia väntar
   *[other] { $n } konfliktkopior väntar
}
territory-sessions = Träffar
territory-empty = Ingen träff i den här mappen än: flödet visar dem allteftersom de kommer in.
sync-stignore-lacks = Kör `{ $command }`: den här Syncthing-mappens .stignore saknar { -app }s rader, så lås, säkerhetskopior och tillfälliga filer skulle följa med mellan datorerna.
territory-last-change = senaste ändring
territory-arriving = kommer in…
territory-feed = Kommer in: de nyaste lapparna först (+ ny, ~ ändrad)
# The co-responsibility actions of the territory's sessions (each session's count follows).
territory-actions = Åtgärder
# The actions not shown, when the box is full.
territory-actions-more = … och { $n } till

## Formuläret för träffens uppgifter (tui/details.rs, tui/view/details.rs).
details-title = Titel
details-place = Plats
details-date = Datum
details-facilitators = Samtalsledare
details-language = Språk
details-question = Fråga { $n }
details-add-question = + Lägg till en fråga
details-add-question-where = efter de andra (områdets egen)
details-group = Grupp
details-description = Beskrivning
details-participants = Deltagare
details-only-questions = Bara frågor kan flyttas.
details-reordered = Frågorna har fått ny ordning.
details-none = (inget)
# En uppgift har just ändrats: ”Plats: Alby.”
details-changed = { $label }: { $value }.
details-form-title = Träffens uppgifter · Enter redigerar · Esc stänger
compare-unreadable = Inte jämfört: { $n } av { $all } träffar går inte att läsa. { $why }
# Raderna i en jämförelse av träffar, i testets mening.
compare-sessions-word = träffar
compare-left-out = Utelämnat: { $what }.
compare-left-groups = grupper utan kodade lappar: { $names }
compare-left-sessions = träffar utan kodade lappar: { $names }
compare-left-families = familjer utan lappar: { $names }
compare-left-uncoded = { $n ->
    [one] { $n } okodad lapp
   *[other] { $n } okodade lappar
}
compare-left-unknown = { $n ->
    [one] { $n } lapp kodad med en familj som ramverket inte känner till
   *[other] { $n } lappar kodade med en familj som ramverket inte känner till
}

## Åtgärdsskärmen (tui/screen/actions.rs).
actions-title = Åtgärder i samansvar
actions-count = { $n ->
    [one] { $n } åtgärd
   *[other] { $n } åtgärder
}
actions-none = Ingen åtgärd än: n lägger till en, för det området gör tillsammans som svar på det grupperna sa.
actions-since = sedan { $when }
actions-not-started = inte påbörjad
actions-no-report = ingen rapport än
actions-latest = { $date } { $by }: { $text }
actions-unanswered = Nämnt mest, ingen åtgärd än: { $families }
actions-all-answered = Varje familj som grupperna nämnde mest har en åtgärd.
actions-quoted = ”{ $text }”
actions-who = Vilka
actions-what = Vad och varför
actions-families = Familjer
actions-criteria = Kriterier
actions-notes = Invånarnas ord
actions-generalise = Möjlighet att generalisera
actions-reports = Lägesrapporter
actions-questions = Öppna frågor
actions-form-title = Titel
actions-form-started = Startade
actions-form-status = Status
actions-form-add-actor = + Lägg till en aktör (NAMN, eller NAMN:SLAG)
actions-form-add-family = + Lägg till en familj (tangent, id eller namn)
actions-form-add-criterion = + Lägg till ett kriterium ur syntesen (formulering eller id)
actions-form-add-question = + Lägg till en öppen fråga
actions-form-kinds = slag: { $kinds }
actions-form = Åtgärd: { $title }
actions-line-new = Den nya åtgärdens titel
actions-line-started = Startade: en månad (ÅÅÅÅ-MM) eller en dag (ÅÅÅÅ-MM-DD); tom: inte angivet
actions-line-report = Lägesrapport { $date }, av { $by }
actions-added = Åtgärden lades till: ”{ $title }”.
actions-changed = { $label }: { $value }.
actions-taken-out = Borttaget: { $value }.
actions-reported = Rapporten lades till ”{ $title }”.
actions-removed = Åtgärden togs bort: ”{ $title }” (u tar tillbaka den).
actions-linked = Kopplad till ”{ $title }”.
actions-already-linked = Lappen svarar redan på ”{ $title }”.
actions-no-action = Ingen åtgärd vald: n lägger till en.
actions-nothing-to-link = Sessionen har ingen åtgärd än: A öppnar åtgärderna, n lägger till en.
actions-nothing-to-take-out = Bara en aktör, en familj eller en öppen fråga tas bort.
