// takes the second word, parts[1], which is a middle name when there is one
function shout(text) {
  return text.toUpperCase() + "!";
}

function initials(fullName) {
  const parts = fullName.split(" ");
  return parts[0][0] + parts[1][0];
}

console.log(shout("hi"), initials("Ada Lovelace"));
