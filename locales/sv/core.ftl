## Det kärnan säger som statusraden citerar: steget som en ångring eller
## ett gör om gällde, det som kom in från disken, varför en träff är
## skrivskyddad, vad en sparning gjorde (model/change.rs, intake.rs,
## store/session_file.rs).

# En ändring, så som ångra och gör om benämner den (”Ångrat: kodning av lapp.”).
change-add-note = ny lapp
change-delete-note = borttagning av lapp
change-criterion = byte av kriterium
change-edit-note = redigering av lapp
change-move-note = flytt av lapp
change-code-note = kodning av lapp
change-code-note-as = kodning av lapp som { $family }
change-add-group = ny grupp
change-remove-group = borttagning av grupp
change-group = ändring av grupp
change-language = byte av språk
change-details = ändring av träffens uppgifter
change-questions = ändring av frågorna
change-add-criterion = nytt kriterium
change-remove-criterion = borttagning av kriterium
change-reword-criterion = omformulering av kriterium
change-merge = sammanslagning till ett nytt kriterium
change-criteria = ändring av kriterier
change-add-notes = { $n ->
    [one] { $n } ny lapp
   *[other] { $n } nya lappar
}
change-many = { $n ->
    [one] { $n } ändring
   *[other] { $n } ändringar
}

# Det som kom in från filen på disken, eller från en synkroniseringstjänsts kopia.
intake-new = { $n ->
    [one] { $n } lapp
   *[other] { $n } lappar
}
intake-new-from = { $n ->
    [one] { $n } lapp
   *[other] { $n } lappar
} från { $coders }
intake-changed = { $n ->
    [one] { $n } lapp ändrad
   *[other] { $n } lappar ändrade
}
intake-changed-by = { $n ->
    [one] { $n } lapp ändrad
   *[other] { $n } lappar ändrade
} av { $coders }
intake-deleted = { $n ->
    [one] { $n } lapp raderad
   *[other] { $n } lappar raderade
}
intake-details = uppgifter ändrade
intake-conflicts = { $n ->
    [one] { $n } konflikt
   *[other] { $n } konflikter
}: { $which }
intake-nothing = inget nytt

# Varför en träff är skrivskyddad, som slutet på en mening (”Skrivskyddad: …”).
read-only-held = den här träffen är öppen i ett annat { -app }-fönster ({ $who })
read-only-no-lock = { -app } kan inte skapa sin låsfil bredvid den här träffen, så inget skrivs här ({ $why })
read-only-view = det här är projektorvyn: den visar, men skriver aldrig

# Vad en sparning som användaren inte väntade på säger.
save-saved = Sparade { $file }.
save-deleted = { $file } togs bort av ett annat program; ditt arbete finns kvar här. Ctrl-s skriver filen dit igen, W sparar den någon annanstans.
save-changed = { $file } har ändrats av ett annat program sedan { -app } sparade den; den skrivs inte över. Ctrl-s skriver över den med det du ser här, W sparar någon annanstans.
save-failed = Inte sparad: { $file }: { $why }. Dina lappar finns kvar här; Ctrl-s försöker igen, W sparar någon annanstans.

## Why a family is suggested (suggest/family.rs)

suggest-keyword = nyckelord ”{ $keyword }”
suggest-word = ”{ $word }”, som i { $n ->
    [one] { $n } lapp som kodats så
   *[other] { $n } lappar som kodats så
}
