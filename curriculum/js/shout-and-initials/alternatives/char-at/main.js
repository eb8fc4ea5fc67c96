// reads first letters with charAt(0) and keeps the names in variables first
function shout(text) {
  const loud = text.toUpperCase();
  return loud + "!";
}

function initials(fullName) {
  const parts = fullName.split(" ");
  const first = parts[0];
  const last = parts[parts.length - 1];
  return first.charAt(0) + last.charAt(0);
}

console.log(shout("hi"), initials("Ada Lovelace"));
