// reads data-caption with getAttribute (null when missing) and ?? turns null into ""; turns the button on with removeAttribute
for (const photo of document.querySelectorAll("#gallery img")) {
  photo.alt = photo.getAttribute("data-caption") ?? "";
}

document.querySelector("#print").removeAttribute("disabled");
