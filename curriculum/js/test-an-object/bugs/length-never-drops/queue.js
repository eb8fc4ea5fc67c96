// still counts people in its length after they have been served
class Queue {
  constructor() {
    this.people = [];
    this.joined = 0;
  }

  join(name) {
    this.people.push(name);
    this.joined = this.joined + 1;
  }

  next() {
    if (this.people.length === 0) {
      return null;
    }
    return this.people.shift();
  }

  get length() {
    return this.joined;
  }
}
