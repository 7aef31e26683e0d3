import Foundation

/// A first-in first-out hand-over between two threads that blocks the sender when `capacity`
/// items wait, so a fast producer (parsing) never runs far ahead of a slow consumer (writing)
/// and memory stays bounded. Used by imports (parse | write) and `vigil scan` (parse | flag | print).
public final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// nil once received, so that the receiver holds the only reference to what it took.
    private var items: [Element?] = []
    private var head = 0
    private let capacity: Int

    public init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    public func send(_ item: Element) {
        condition.lock()
        while items.count - head >= capacity { condition.wait() }
        items.append(item)
        condition.broadcast()
        condition.unlock()
    }

    public func receive() -> Element {
        condition.lock()
        while items.count == head { condition.wait() }
        let item = items[head].take()!
        head += 1
        if head > 64, head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        condition.unlock()
        return item
    }
}
