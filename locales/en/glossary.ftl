## The method's own words (shared/method.md, the TOGETHER report), as the
## method's material in this language uses them. Messages use these terms,
## so the app, help and the summary call each thing by one name.
##
## well-being, ill-being, action: the three questions' subjects.
## homogeneous group: a focus group of people who share a situation.
## local support group: the citizens, associations and officials who read
##   the results and act on them.
## family, component, criterion, synthesis, coder, facilitator, note.

-app = spiral
-well-being = well-being
-ill-being = ill-being
-action = action
-homogeneous-group = homogeneous group
-local-support-group = Local Support Group
-family = { $n ->
   *[one] family
    [other] families
}
-component = { $n ->
   *[one] component
    [other] components
}
-criterion = { $n ->
   *[one] criterion
    [other] criteria
}
-synthesis = synthesis
-coder = { $n ->
   *[one] coder
    [other] coders
}
-facilitator = { $n ->
   *[one] facilitator
    [other] facilitators
}
-note = { $n ->
   *[one] note
    [other] notes
}
-group = { $n ->
   *[one] group
    [other] groups
}
-session = { $n ->
   *[one] session
    [other] sessions
}
-question = { $n ->
   *[one] question
    [other] questions
}
