// takes the first and the last capital letter in the whole name, instead of the first letter of each name
function shout(text) {
  return text.toUpperCase() + "!";
}

function initials(fullName) {
  const capitals = fullName.replace(/[^A-Z]/g, "");
  return capitals[0] + capitals[capitals.length - 1];
}

console.log(shout("hi"), initials("Ada Lovelace"));
