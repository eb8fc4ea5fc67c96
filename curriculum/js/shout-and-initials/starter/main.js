function shout(text) {
  // Your code here
  return text;
}

function initials(fullName) {
  const parts = fullName.split(" ");
  // Your code here
  return "";
}

console.log(shout("hi"), initials("Ada Lovelace"));
