// gives the name at the front but never takes that person out of the line
class Queue {
  constructor() {
    this.people = [];
  }

  join(name) {
    this.people.push(name);
  }

  next() {
    if (this.people.length === 0) {
      return null;
    }
    return this.people[0];
  }

  get length() {
    return this.people.length;
  }
}
