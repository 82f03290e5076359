"""The registry of challenges: goals a learner reaches with a page's controls, each checked by a pure
function of the page's state (ui/challenges/challenge.py). One module per group of pages."""
from ui.challenges import keras_pages, learning, network, perceptron, regression
from ui.challenges.challenge import Challenge

CHALLENGES = (*perceptron.CHALLENGES, *network.CHALLENGES, *learning.CHALLENGES, *regression.CHALLENGES,
              *keras_pages.CHALLENGES)
BY_ID = {challenge.id: challenge for challenge in CHALLENGES}


def for_page(page_id):
    return [challenge for challenge in CHALLENGES if challenge.page_id == page_id]


__all__ = ["BY_ID", "CHALLENGES", "Challenge", "for_page"]
