// gives the first two letters of the whole name, such as Ad, instead of two initials
function shout(text) {
  return text.toUpperCase() + "!";
}

function initials(fullName) {
  const parts = fullName.split(" ");
  return fullName[0] + fullName[1];
}

console.log(shout("hi"), initials("Ada Lovelace"));
