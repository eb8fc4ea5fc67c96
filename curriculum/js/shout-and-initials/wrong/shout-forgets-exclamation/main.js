// shout makes capitals but leaves off the "!" at the end
function shout(text) {
  return text.toUpperCase();
}

function initials(fullName) {
  const parts = fullName.split(" ");
  return parts[0][0] + parts[parts.length - 1][0];
}

console.log(shout("hi"), initials("Ada Lovelace"));
