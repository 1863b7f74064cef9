# Kommandoradens ord för människor: vad ett underkommando säger att det
# gjorde, varför det vägrade, och dess tabeller. Maskinformat (CSV, JSON,
# RON, id, kolumnnamn) ändras aldrig med språket.

## Vad ett kommando gjorde

cli-created = skapade { $path }
cli-wrote-bytes = skrev { $target } ({ $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } byte
})
cli-wrote-what = skrev { $target }: { $what }
cli-man-wrote = skrev { $pages ->
    [one] { $pages } manualsida
   *[other] { $pages } manualsidor
} i { $dir }
cli-wrote-reconcile = skrev { $target }: { $what } Öppna den (spiral { $path }) och tryck R.
cli-imported = importerade { $notes ->
    [one] { $notes } lapp
   *[other] { $notes } lappar
} ({ $coded } kodade) till { $path }
cli-imported-groups = ; nya grupper: { $names }
cli-codings-read = läste { $rows ->
    [one] { $rows } kodning
   *[other] { $rows } kodningar
}; { $changed ->
    [one] { $changed } lapp
   *[other] { $changed } lappar
} i { $path } ändrades
cli-merged = slog ihop { $files } filer till { $target }: { $groups ->
    [one] { $groups } grupp
   *[other] { $groups } grupper
}, { $notes ->
    [one] { $notes } lapp
   *[other] { $notes } lappar
}, { $criteria ->
    [one] { $criteria } kriterium
   *[other] { $criteria } kriterier
}
cli-blind = skrev { $target }: { $notes ->
    [one] { $notes } okodad lapp
   *[other] { $notes } okodade lappar
}, för { $coder }
cli-set-nothing = { $path }: inget att ändra
cli-set-changed = ändrade { $path }: { $what }

## Varför ett kommando vägrade

cli-exists = { $path } finns redan; { -app } skriver aldrig över en träff
cli-title-empty = titeln är tom
cli-group-empty = ett gruppnamn är tomt
cli-group-twice = gruppen `{ $name }` anges två gånger
cli-no-folder = { $path }: kan inte skapa mappen
cli-cannot-read = { $path }: går inte att läsa
cli-import-what = ange --from PATH (lappar) eller --codings PATH
cli-then-import = stäng den först och importera sedan
cli-then-set = ändra den där, eller stäng den först
cli-text-import-needs = en textimport behöver --group NAME och --question Q
cli-nothing-to-import = { $path }: ingen lapp att importera
cli-check-failed = { $failed } av { $all ->
    [one] { $all } fil
   *[other] { $all } filer
} klarade inte kontrollen
cli-missing-no-terminal = { $path } finns inte (skapa den med `spiral new { $path } --title TITLE`)
cli-missing-ask = { $path } finns inte. Skapa en ny träff där? [j/N]
cli-new-session-title = Ny träff
cli-link-missing = { $path } är en symbolisk länk till { $to }, som inte finns
cli-link-loop = { $path } är en symbolisk länk som leder runt i en slinga
cli-folder-empty = { $path }: ingen träff (*.ron) i den här mappen
cli-names-not-utf8 = { $n ->
    [one] hoppade över 1 fil vars namn inte är UTF-8 (byt namn på den för att läsa den): { $names }
   *[other] hoppade över { $n } filer vars namn inte är UTF-8 (byt namn på dem för att läsa dem): { $names }
}
cli-not-compared = { $failed } av { $all ->
    [one] { $all } fil
   *[other] { $all } filer
} gick inte att läsa; inget jämfördes
cli-no-question = ingen träff har frågan `{ $question }`; använd all eller en av: { $known }
cli-agree-frameworks = { $first } kodades med ramverket `{ $first_id }` (fingeravtryck { $first_print }) och { $other } med `{ $other_id }` (fingeravtryck { $other_print }); kodningar med olika ramverk kan inte jämföras
cli-word-question-form = --word-question tar ID=TEXT (fick `{ $got }`)
cli-no-such-question = ingen fråga `{ $id }`; träffens frågor är: { $known }
cli-no-such-group = ingen grupp som heter `{ $name }`
cli-not-a-folder = { $path }: är ingen mapp

## spiral set: vad som ändrades

cli-set-details = uppgifter
cli-set-language = språk { $code }
cli-set-question = fråga { $id }
cli-set-new-question = ny fråga { $id }
cli-set-group = grupp { $name }

## spiral share

cli-share-already = { $path } ser redan till att { -app }s filer stannar lokalt.
cli-share-wrote = Skrev { $path } ({ $lines ->
    [one] { $lines } rad
   *[other] { $lines } rader
}): lås, säkerhetskopior, tillfälliga filer och ihopslagna kopior stannar på varje dator.
cli-share-how =
    Så delar du { $folder } med Syncthing (inget konto, och inget internet behövs på workshopens nätverk):
      1. Starta Syncthing på varje bärbar dator och öppna dess sida (http://127.0.0.1:8384).
      2. Add Folder (Lägg till mapp): sökvägen { $folder }; ge den samma Folder ID (mapp-ID) på varje dator.
      3. Add Remote Device (Lägg till fjärrenhet) på varje dator, med den andras Device ID
         (enhets-ID, under Actions > Show ID), och kryssa för mappen under Sharing (Delning).
      4. Öppna området: spiral { $folder }
    Träffar som skrivs på en dator dyker upp på de andra inom några sekunder; när två datorer
    ändrar samma träff slår { -app } ihop Syncthings konfliktkopia med den, lapp för lapp.
    Nextcloud, Dropbox eller ett USB-minne fungerar också: ge dem samma undantag för hand.

## spiral compare (tabell)

# ”Jämförelse av 4 grupper, fråga: alla (96 kodade lappar)”
cli-compare-title = Jämförelse av { $what }, fråga: { $question } ({ $coded })
cli-compare-marks-group = + / − : gruppen säger det här märkbart oftare / mer sällan än de andra (justerad residual utanför ±{ $limit })
cli-compare-marks-session = + / − : träffen säger det här märkbart oftare / mer sällan än de andra (justerad residual utanför ±{ $limit })
cli-compare-test = Chi-två-test för homogenitet: χ² = { $chi2 }, frihetsgrader = { $dof }, p { $p }; Cramérs V = { $v }
cli-compare-low = Förväntade antal under 5: { $share } av cellerna
cli-compare-low-unreliable = Förväntade antal under 5: { $share } av cellerna (mer än en femtedel: testet är inte tillförlitligt)
cli-compare-distance = Avstånd från den sammanslagna profilen (Jensen–Shannon, 0 = samma, 1 = inget gemensamt):

## spiral agree (tabell)

cli-agree-title = Överensstämmelse hos { $coders ->
    [one] { $coders } kodare
   *[other] { $coders } kodare
} ({ $names }) om { $shared ->
    [one] { $shared } gemensam lapp
   *[other] { $shared } gemensamma lappar
}; { $pairable } kodade av två eller fler
cli-agree-families = Familjer
cli-agree-components = Komponenter (där kodarna angav en)
# ”Familjer: 96 lappar”
cli-agree-units = { $title }: { $n ->
    [one] { $n } lapp
   *[other] { $n } lappar
}
cli-agree-percent = procentuell överensstämmelse
cli-agree-kappa = Cohens kappa
cli-agree-alpha = Krippendorffs alfa
cli-agree-undefined = odefinierad
cli-agree-one-category = (odefinierad: bara en kategori användes, så slumpen förklarar all överensstämmelse)
cli-agree-per-value = per värde (kodningar, överensstämmelse):
cli-agree-confusion = förväxlingsmatris ({ $how }):
cli-agree-confusion-coders = rader: första kodaren, kolumner: andra
cli-agree-confusion-all = sammanfall mellan alla kodare

## spiral profile, synthesis, suggest, categories (tabeller)

cli-profile-coded = kodade
cli-profile-uncoded = okodade
cli-profile-unknown = okänd familj
cli-profile-in-mean = grupper i medelvärdet
cli-profile-pooled = { $name }: sammanslaget (alla lappar tillsammans)
cli-profile-group-mean = { $name }: gruppmedelvärde (varje grupp räknas en gång)
cli-profile-participants = , { $n ->
    [one] { $n } deltagare
   *[other] { $n } deltagare
}
cli-profile-session = Träff
cli-profile-all-sessions = Alla träffar
cli-synthesis-title = Syntes: { $criteria ->
    [one] { $criteria } kriterium
   *[other] { $criteria } kriterier
} samlar { $merged ->
    [one] { $merged } lapp
   *[other] { $merged } lappar
}; { $not_merged ->
    [one] { $not_merged } kodad lapp inte ihopslagen
   *[other] { $not_merged } kodade lappar inte ihopslagna
}
cli-synthesis-not-merged = inte ihopslagna: { $n ->
    [one] { $n } lapp
   *[other] { $n } lappar
}
cli-suggest-none = inget förslag
cli-suggest-uncoded = { $n ->
    [one] { $n } okodad lapp
   *[other] { $n } okodade lappar
}
cli-suggest-measured = { $coded ->
    [one] { $coded } kodad lapp
   *[other] { $coded } kodade lappar
}; ett förslag för { $suggested } ({ $suggested_share }); samma som kodarens familj för { $equal } ({ $equal_share } av de kodade lapparna, { $equal_of_suggested } av dem med förslag)
cli-categories-title = { $label } ({ $id }, fingeravtryck { $fingerprint })
cli-categories-keywords = nyckelord: { $words }
