// dateline's only script: the layer switches of the article page. Served from /static/ so that
// the Content-Security-Policy can forbid every inline script.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var main = document.querySelector("main.article");
  if (!main) {
    return;
  }
  var switches = document.querySelectorAll(".toggles input[data-layer]");
  Array.prototype.forEach.call(switches, function (box) {
    var apply = function () {
      main.classList.toggle("hide-" + box.getAttribute("data-layer"), !box.checked);
    };
    box.addEventListener("change", apply);
    apply();
  });
});
