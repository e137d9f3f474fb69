package dev.authlib.it.app.typed;

/** A JSON body, written by the runtime's own JSON provider (JSON-B on Payara and OpenLiberty, Jackson on Quarkus). */
public class Order {
    public String item;
    public int quantity;
    public String note;

    public Order() {
    }

    public Order(String item, int quantity, String note) {
        this.item = item;
        this.quantity = quantity;
        this.note = note;
    }
}
