// finds the last name after the last space with lastIndexOf, instead of splitting into parts
function shout(text) {
  return `${text.toUpperCase()}!`;
}

function initials(fullName) {
  return fullName[0] + fullName[fullName.lastIndexOf(" ") + 1];
}

console.log(shout("hi"), initials("Ada Lovelace"));
