// gives alt text only to the photos with a caption, so the border has no alt at all
const photos = document.querySelectorAll("#gallery img");
for (const photo of photos) {
  const caption = photo.dataset.caption;
  if (caption !== undefined) {
    photo.setAttribute("alt", caption);
  }
}

document.querySelector("#print").disabled = false;
