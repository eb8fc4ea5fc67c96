// asks getAttribute for "caption" instead of "data-caption", finds nothing, so every alt is empty
const photos = document.querySelectorAll("#gallery img");
for (const photo of photos) {
  const caption = photo.getAttribute("caption");
  if (caption === null) {
    photo.setAttribute("alt", "");
  } else {
    photo.setAttribute("alt", caption);
  }
}

document.querySelector("#print").disabled = false;
