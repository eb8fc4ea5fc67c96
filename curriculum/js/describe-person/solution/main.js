function describe(person) {
  return `${person.name} is ${person.age} years old.`;
}
