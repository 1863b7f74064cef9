## Metodens egna ord (shared/method.md, TOGETHER-rapporten), så som metodens
## material på svenska använder dem. Meddelandena använder de här termerna,
## så att appen, hjälpen och sammanställningen kallar varje sak vid ett namn.
##
## välbefinnande, illabefinnande, handling: de tre frågornas ämnen.
## homogen grupp: en fokusgrupp med personer som delar en situation.
## lokal stödgrupp: de medborgare, föreningar och tjänstepersoner som läser
##   resultaten och agerar utifrån dem.
## familj, komponent, kriterium, syntes, kodare, samtalsledare, lapp.
##
## Swedish: the nouns take `form`: "sg" (default), "pl", "def" (the
## definite singular, "lappen") and "defpl" ("lapparna"). Without `form`
## they also take `n` as in English (`-note(n: 2)`: "lappar").

-app = spiral
-well-being = { $form ->
   *[sg] välbefinnande
    [def] välbefinnandet
}
-ill-being = { $form ->
   *[sg] illabefinnande
    [def] illabefinnandet
}
-action = { $form ->
   *[sg] handling
    [pl] handlingar
    [def] handlingen
    [defpl] handlingarna
}
-homogeneous-group = { $form ->
   *[sg] { $n ->
       *[one] homogen grupp
        [other] homogena grupper
    }
    [pl] homogena grupper
    [def] den homogena gruppen
    [defpl] de homogena grupperna
}
-local-support-group = { $form ->
   *[sg] { $n ->
       *[one] lokal stödgrupp
        [other] lokala stödgrupper
    }
    [pl] lokala stödgrupper
    [def] den lokala stödgruppen
    [defpl] de lokala stödgrupperna
}
-family = { $form ->
   *[sg] { $n ->
       *[one] familj
        [other] familjer
    }
    [pl] familjer
    [def] familjen
    [defpl] familjerna
}
-component = { $form ->
   *[sg] { $n ->
       *[one] komponent
        [other] komponenter
    }
    [pl] komponenter
    [def] komponenten
    [defpl] komponenterna
}
-criterion = { $form ->
   *[sg] { $n ->
       *[one] kriterium
        [other] kriterier
    }
    [pl] kriterier
    [def] kriteriet
    [defpl] kriterierna
}
-synthesis = { $form ->
   *[sg] syntes
    [pl] synteser
    [def] syntesen
    [defpl] synteserna
}
-coder = { $form ->
   *[sg] kodare
    [pl] kodare
    [def] kodaren
    [defpl] kodarna
}
-facilitator = { $form ->
   *[sg] samtalsledare
    [pl] samtalsledare
    [def] samtalsledaren
    [defpl] samtalsledarna
}
-note = { $form ->
   *[sg] { $n ->
       *[one] lapp
        [other] lappar
    }
    [pl] lappar
    [def] lappen
    [defpl] lapparna
}
-group = { $form ->
   *[sg] { $n ->
       *[one] grupp
        [other] grupper
    }
    [pl] grupper
    [def] gruppen
    [defpl] grupperna
}
-session = { $form ->
   *[sg] { $n ->
       *[one] träff
        [other] träffar
    }
    [pl] träffar
    [def] träffen
    [defpl] träffarna
}
-question = { $form ->
   *[sg] { $n ->
       *[one] fråga
        [other] frågor
    }
    [pl] frågor
    [def] frågan
    [defpl] frågorna
}
