// cls-pipeline review: the little the pages need from a script.
// Filters apply as soon as one changes; "not stated" asks before it is recorded.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  for (const select of document.querySelectorAll("form.filters select")) {
    select.addEventListener("change", () => select.form.submit());
  }
  for (const form of document.querySelectorAll("form.correct")) {
    form.addEventListener("submit", (event) => {
      const button = event.submitter;
      if (button && button.value === "not_stated" && form.dataset.confirm !== "no") {
        if (!window.confirm("Record that the document does not state " + form.dataset.field + "?")) {
          event.preventDefault();
        }
      }
    });
  }
});
