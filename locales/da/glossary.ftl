## The method's own words (shared/method.md, the TOGETHER report), as the
## method's material in this language uses them. Messages use these terms,
## so the app, help and the summary call each thing by one name.
##
## well-being, ill-being, action: the three questions' subjects.
## homogeneous group: a focus group of people who share a situation.
## local support group: the citizens, associations and officials who read
##   the results and act on them.
## family, component, criterion, synthesis, coder, facilitator, note.
##
## Danish: the nouns take `form`: "sg" (default), "pl", "def" (the
## definite singular, "sedlen") and "defpl" ("sedlerne"). Without `form`
## they also take `n` as in English (`-note(n: 2)`: "sedler").

-app = spiral
-well-being = trivsel
-ill-being = mistrivsel
-action = handling
-homogeneous-group = { $form ->
   *[sg] homogen gruppe
    [pl] homogene grupper
    [def] den homogene gruppe
    [defpl] de homogene grupper
}
-local-support-group = { $form ->
   *[sg] lokal støttegruppe
    [pl] lokale støttegrupper
    [def] den lokale støttegruppe
    [defpl] de lokale støttegrupper
}
-family = { $form ->
   *[sg] { $n ->
       *[one] familie
        [other] familier
    }
    [pl] familier
    [def] familien
    [defpl] familierne
}
-component = { $form ->
   *[sg] { $n ->
       *[one] komponent
        [other] komponenter
    }
    [pl] komponenter
    [def] komponenten
    [defpl] komponenterne
}
-criterion = { $form ->
   *[sg] { $n ->
       *[one] kriterium
        [other] kriterier
    }
    [pl] kriterier
    [def] kriteriet
    [defpl] kriterierne
}
-synthesis = { $form ->
   *[sg] syntese
    [pl] synteser
    [def] syntesen
    [defpl] synteserne
}
-coder = { $form ->
   *[sg] { $n ->
       *[one] koder
        [other] kodere
    }
    [pl] kodere
    [def] koderen
    [defpl] koderne
}
-facilitator = { $form ->
   *[sg] { $n ->
       *[one] mødeleder
        [other] mødeledere
    }
    [pl] mødeledere
    [def] mødelederen
    [defpl] mødelederne
}
-note = { $form ->
   *[sg] { $n ->
       *[one] seddel
        [other] sedler
    }
    [pl] sedler
    [def] sedlen
    [defpl] sedlerne
}
-group = { $form ->
   *[sg] { $n ->
       *[one] gruppe
        [other] grupper
    }
    [pl] grupper
    [def] gruppen
    [defpl] grupperne
}
-session = { $form ->
   *[sg] { $n ->
       *[one] møde
        [other] møder
    }
    [pl] møder
    [def] mødet
    [defpl] møderne
}
-question = { $form ->
   *[sg] spørgsmål
    [pl] spørgsmål
    [def] spørgsmålet
    [defpl] spørgsmålene
}
