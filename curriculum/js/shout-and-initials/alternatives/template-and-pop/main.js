// builds the shout with a template literal and takes the last name with pop()
function shout(text) {
  return `${text.toUpperCase()}!`;
}

function initials(fullName) {
  const parts = fullName.split(" ");
  const last = parts.pop();
  return parts[0][0] + last[0];
}

console.log(shout("hi"), initials("Ada Lovelace"));
