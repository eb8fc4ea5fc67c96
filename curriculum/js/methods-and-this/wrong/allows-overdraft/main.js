// never checks the balance, so withdraw can take it below 0
class Account {
  constructor(owner) {
    this.owner = owner;
    this.balance = 0;
  }

  deposit(amount) {
    this.balance = this.balance + amount;
  }

  withdraw(amount) {
    this.balance = this.balance - amount;
    return true;
  }
}

const account = new Account("Ana");
account.deposit(50);
console.log(account.withdraw(30), account.balance);
