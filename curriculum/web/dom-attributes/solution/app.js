const photos = document.querySelectorAll("#gallery img");
for (const photo of photos) {
  const caption = photo.dataset.caption;
  if (caption === undefined) {
    photo.setAttribute("alt", "");
  } else {
    photo.setAttribute("alt", caption);
  }
}

document.querySelector("#print").disabled = false;
