// writes both as arrow functions, with shorthand { name, points } and unpacking
const saveScore = (name, points) => JSON.stringify({ name, points });

const loadPoints = (text) => {
  const { points } = JSON.parse(text);
  return points;
};

const saved = saveScore("Ana", 12);
console.log(saved);
console.log(loadPoints(saved));
