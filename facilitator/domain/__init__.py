"""Pure domain: meetings, ideas, polls, ballots, attendance, and the voting methods. No I/O."""
