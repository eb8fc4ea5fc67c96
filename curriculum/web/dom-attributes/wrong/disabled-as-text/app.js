// writes disabled = "false" in quotes: text that is not empty counts as true, so the button stays off
const photos = document.querySelectorAll("#gallery img");
for (const photo of photos) {
  const caption = photo.dataset.caption;
  if (caption === undefined) {
    photo.setAttribute("alt", "");
  } else {
    photo.setAttribute("alt", caption);
  }
}

document.querySelector("#print").disabled = "false";
